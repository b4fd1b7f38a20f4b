-- CreateIndex
CREATE INDEX "StageOffre_tableau_idx" ON "StageOffre"("publieeAt", "communeCode", "statut", "places", "placesRestantes", "publicId", "id");

-- CreateIndex
CREATE INDEX "StageOffre_id_communeCode_idx" ON "StageOffre"("id", "communeCode");

-- CreateIndex
CREATE INDEX "Candidature_tableau_idx" ON "Candidature"("createdAt", "offreId", "statut", "reponduAt");

-- CreateIndex
CREATE INDEX "DemandeAide_tableau_idx" ON "DemandeAide"("createdAt", "territoireId", "statut", "priseEnChargeAt", "clotureAt", "besoins");
