-- CreateEnum
CREATE TYPE "FormationStatut" AS ENUM ('brouillon', 'soumise', 'publiee', 'refusee', 'archivee');

-- CreateEnum
CREATE TYPE "FormationModalite" AS ENUM ('formation_initiale', 'apprentissage', 'formation_continue', 'vae', 'preparation');

-- CreateEnum
CREATE TYPE "SessionRythme" AS ENUM ('temps_plein', 'alternance', 'temps_partiel');

-- CreateTable
CREATE TABLE "OffreFormation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "diplomeId" TEXT NOT NULL,
    "titre" TEXT NOT NULL,
    "modalite" "FormationModalite" NOT NULL,
    "description" TEXT NOT NULL,
    "dureeHeures" INTEGER NOT NULL,
    "heuresStage" INTEGER NOT NULL,
    "prerequis" TEXT NOT NULL,
    "selection" TEXT NOT NULL,
    "couts" TEXT NOT NULL,
    "financeRegion" BOOLEAN NOT NULL DEFAULT false,
    "cpf" BOOLEAN NOT NULL DEFAULT false,
    "apprentissage" BOOLEAN NOT NULL DEFAULT false,
    "accessibiliteContact" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "lienOrganisme" TEXT,
    "statut" "FormationStatut" NOT NULL DEFAULT 'brouillon',
    "motifRefus" TEXT,
    "soumiseAt" TIMESTAMP(3),
    "publieeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OffreFormation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionFormation" (
    "id" TEXT NOT NULL,
    "offreId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,
    "dateLimiteCandidature" DATE,
    "places" INTEGER NOT NULL,
    "rythme" "SessionRythme" NOT NULL,
    "rythmeDetail" TEXT,

    CONSTRAINT "SessionFormation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Favori" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "offreFormationId" TEXT,
    "stageOffreId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Favori_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OffreFormation_statut_soumiseAt_idx" ON "OffreFormation"("statut", "soumiseAt");

-- CreateIndex
CREATE INDEX "OffreFormation_organisationId_statut_idx" ON "OffreFormation"("organisationId", "statut");

-- CreateIndex
CREATE INDEX "OffreFormation_diplomeId_statut_idx" ON "OffreFormation"("diplomeId", "statut");

-- CreateIndex
CREATE INDEX "SessionFormation_offreId_idx" ON "SessionFormation"("offreId");

-- CreateIndex
CREATE INDEX "SessionFormation_debut_idx" ON "SessionFormation"("debut");

-- CreateIndex
CREATE INDEX "SessionFormation_siteId_idx" ON "SessionFormation"("siteId");

-- CreateIndex
CREATE UNIQUE INDEX "Favori_userId_offreFormationId_key" ON "Favori"("userId", "offreFormationId");

-- CreateIndex
CREATE UNIQUE INDEX "Favori_userId_stageOffreId_key" ON "Favori"("userId", "stageOffreId");

-- AddForeignKey
ALTER TABLE "OffreFormation" ADD CONSTRAINT "OffreFormation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffreFormation" ADD CONSTRAINT "OffreFormation_diplomeId_fkey" FOREIGN KEY ("diplomeId") REFERENCES "Diplome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFormation" ADD CONSTRAINT "SessionFormation_offreId_fkey" FOREIGN KEY ("offreId") REFERENCES "OffreFormation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFormation" ADD CONSTRAINT "SessionFormation_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favori" ADD CONSTRAINT "Favori_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favori" ADD CONSTRAINT "Favori_offreFormationId_fkey" FOREIGN KEY ("offreFormationId") REFERENCES "OffreFormation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favori" ADD CONSTRAINT "Favori_stageOffreId_fkey" FOREIGN KEY ("stageOffreId") REFERENCES "StageOffre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

