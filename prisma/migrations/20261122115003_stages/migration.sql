-- CreateEnum
CREATE TYPE "StageStatut" AS ENUM ('brouillon', 'soumise', 'publiee', 'pourvue', 'expiree', 'archivee', 'refusee');

-- CreateEnum
CREATE TYPE "CandidatureStatut" AS ENUM ('envoyee', 'lue', 'acceptee', 'refusee', 'retiree');

-- CreateEnum
CREATE TYPE "SignalementStatut" AS ENUM ('ouvert', 'rejete', 'traite');

-- CreateTable
CREATE TABLE "StageOffre" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "titre" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "niveau" TEXT NOT NULL,
    "publicId" TEXT,
    "categorieId" TEXT,
    "touteLAnnee" BOOLEAN NOT NULL DEFAULT false,
    "dureeMinSemaines" INTEGER NOT NULL,
    "dureeMaxSemaines" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,
    "placesRestantes" INTEGER NOT NULL,
    "tuteurNom" TEXT NOT NULL,
    "tuteurFonction" TEXT NOT NULL,
    "tuteurContact" TEXT NOT NULL,
    "gratification" BOOLEAN NOT NULL DEFAULT false,
    "gratificationDetail" TEXT,
    "logement" BOOLEAN NOT NULL DEFAULT false,
    "sansVoiture" BOOLEAN NOT NULL DEFAULT false,
    "transportDetail" TEXT,
    "distanceGareKm" DOUBLE PRECISION,
    "permisRequis" BOOLEAN NOT NULL DEFAULT false,
    "horairesNuit" BOOLEAN NOT NULL DEFAULT false,
    "horairesWeekend" BOOLEAN NOT NULL DEFAULT false,
    "statut" "StageStatut" NOT NULL DEFAULT 'brouillon',
    "motifRefus" TEXT,
    "soumiseAt" TIMESTAMP(3),
    "publieeAt" TIMESTAMP(3),
    "finDernierePeriode" TIMESTAMP(3),
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "communeCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StageOffre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageOffreDiplome" (
    "offreId" TEXT NOT NULL,
    "diplomeId" TEXT NOT NULL,

    CONSTRAINT "StageOffreDiplome_pkey" PRIMARY KEY ("offreId","diplomeId")
);

-- CreateTable
CREATE TABLE "StagePeriode" (
    "id" TEXT NOT NULL,
    "offreId" TEXT NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,

    CONSTRAINT "StagePeriode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidature" (
    "id" TEXT NOT NULL,
    "offreId" TEXT NOT NULL,
    "apprenantId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "organismeFormation" TEXT NOT NULL,
    "diplomeId" TEXT NOT NULL,
    "periodeDebut" DATE NOT NULL,
    "periodeFin" DATE NOT NULL,
    "statut" "CandidatureStatut" NOT NULL DEFAULT 'envoyee',
    "motifRefus" TEXT,
    "lueAt" TIMESTAMP(3),
    "reponduAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signalement" (
    "id" TEXT NOT NULL,
    "offreId" TEXT NOT NULL,
    "auteurId" TEXT NOT NULL,
    "motif" TEXT NOT NULL,
    "commentaire" TEXT NOT NULL,
    "statut" "SignalementStatut" NOT NULL DEFAULT 'ouvert',
    "traiteParId" TEXT,
    "traiteAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signalement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "titre" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "lien" TEXT,
    "lueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StageOffre_statut_latitude_longitude_idx" ON "StageOffre"("statut", "latitude", "longitude");

-- CreateIndex
CREATE INDEX "StageOffre_organisationId_statut_idx" ON "StageOffre"("organisationId", "statut");

-- CreateIndex
CREATE INDEX "StageOffre_statut_soumiseAt_idx" ON "StageOffre"("statut", "soumiseAt");

-- CreateIndex
CREATE INDEX "StageOffreDiplome_diplomeId_idx" ON "StageOffreDiplome"("diplomeId");

-- CreateIndex
CREATE INDEX "StagePeriode_offreId_idx" ON "StagePeriode"("offreId");

-- CreateIndex
CREATE INDEX "StagePeriode_debut_fin_idx" ON "StagePeriode"("debut", "fin");

-- CreateIndex
CREATE INDEX "Candidature_offreId_statut_idx" ON "Candidature"("offreId", "statut");

-- CreateIndex
CREATE INDEX "Candidature_apprenantId_idx" ON "Candidature"("apprenantId");

-- CreateIndex
CREATE INDEX "Signalement_statut_createdAt_idx" ON "Signalement"("statut", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_lueAt_idx" ON "Notification"("userId", "lueAt");

-- AddForeignKey
ALTER TABLE "StageOffre" ADD CONSTRAINT "StageOffre_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOffre" ADD CONSTRAINT "StageOffre_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOffre" ADD CONSTRAINT "StageOffre_publicId_fkey" FOREIGN KEY ("publicId") REFERENCES "Public"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOffre" ADD CONSTRAINT "StageOffre_categorieId_fkey" FOREIGN KEY ("categorieId") REFERENCES "CategorieEtablissement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOffre" ADD CONSTRAINT "StageOffre_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOffreDiplome" ADD CONSTRAINT "StageOffreDiplome_offreId_fkey" FOREIGN KEY ("offreId") REFERENCES "StageOffre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageOffreDiplome" ADD CONSTRAINT "StageOffreDiplome_diplomeId_fkey" FOREIGN KEY ("diplomeId") REFERENCES "Diplome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StagePeriode" ADD CONSTRAINT "StagePeriode_offreId_fkey" FOREIGN KEY ("offreId") REFERENCES "StageOffre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_offreId_fkey" FOREIGN KEY ("offreId") REFERENCES "StageOffre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_apprenantId_fkey" FOREIGN KEY ("apprenantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_diplomeId_fkey" FOREIGN KEY ("diplomeId") REFERENCES "Diplome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signalement" ADD CONSTRAINT "Signalement_offreId_fkey" FOREIGN KEY ("offreId") REFERENCES "StageOffre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signalement" ADD CONSTRAINT "Signalement_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

