-- DropIndex
DROP INDEX "StageOffre_statut_latitude_longitude_idx";

-- DropIndex
DROP INDEX "StageOffreDiplome_diplomeId_idx";

-- CreateIndex
CREATE INDEX "StageOffre_carte_idx" ON "StageOffre"("statut", "latitude", "longitude", "placesRestantes", "finDernierePeriode", "id");

-- CreateIndex
CREATE INDEX "StageOffreDiplome_diplomeId_offreId_idx" ON "StageOffreDiplome"("diplomeId", "offreId");

