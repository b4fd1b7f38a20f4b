-- CreateEnum
CREATE TYPE "BesoinType" AS ENUM ('logement', 'mobilite', 'garde_enfants', 'financier', 'equipement', 'autre');

-- CreateEnum
CREATE TYPE "DemandeUrgence" AS ENUM ('normale', 'urgente', 'tres_urgente');

-- CreateEnum
CREATE TYPE "CanalContact" AS ENUM ('messagerie', 'email', 'telephone');

-- CreateEnum
CREATE TYPE "DemandeStatut" AS ENUM ('nouvelle', 'prise_en_charge', 'solution_proposee', 'resolue', 'sans_solution', 'abandonnee');

-- CreateEnum
CREATE TYPE "RessourceType" AS ENUM ('hebergement', 'salle_formation', 'mobilite', 'garde_enfants', 'autre');

-- CreateEnum
CREATE TYPE "MobiliteType" AS ENUM ('vehicule', 'velo', 'covoiturage');

-- CreateEnum
CREATE TYPE "RessourceStatut" AS ENUM ('brouillon', 'soumise', 'publiee', 'refusee', 'archivee');

-- CreateEnum
CREATE TYPE "VerificationStatut" AS ENUM ('en_attente', 'verifiee', 'refusee');

-- CreateEnum
CREATE TYPE "PropositionStatut" AS ENUM ('proposee', 'acceptee', 'declinee', 'annulee');

-- CreateEnum
CREATE TYPE "CollegeMembreType" AS ENUM ('organisation', 'personne');

-- CreateEnum
CREATE TYPE "MembershipStatut" AS ENUM ('en_attente', 'acceptee', 'refusee', 'retiree');

-- CreateEnum
CREATE TYPE "PratiqueTheme" AS ENUM ('recrutement', 'qualite_vie_travail', 'management', 'formation', 'mobilite', 'logement', 'autre');

-- CreateEnum
CREATE TYPE "PratiqueStatut" AS ENUM ('soumise', 'publiee', 'refusee', 'archivee');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "annuaireVisible" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "presentation" TEXT,
ADD COLUMN     "siteWeb" TEXT;

-- CreateTable
CREATE TABLE "CelluleLocale" (
    "id" TEXT NOT NULL,
    "territoireId" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "email" TEXT,
    "telephone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CelluleLocale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CelluleAgent" (
    "celluleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CelluleAgent_pkey" PRIMARY KEY ("celluleId","userId")
);

-- CreateTable
CREATE TABLE "DemandeAide" (
    "id" TEXT NOT NULL,
    "apprenantId" TEXT,
    "territoireId" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "besoins" "BesoinType"[],
    "contexte" TEXT,
    "stageOffreId" TEXT,
    "offreFormationId" TEXT,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,
    "urgence" "DemandeUrgence" NOT NULL DEFAULT 'normale',
    "description" TEXT NOT NULL,
    "canalContact" "CanalContact" NOT NULL DEFAULT 'messagerie',
    "telephone" TEXT,
    "consentementAt" TIMESTAMP(3) NOT NULL,
    "statut" "DemandeStatut" NOT NULL DEFAULT 'nouvelle',
    "agentId" TEXT,
    "motifSansSolution" TEXT,
    "priseEnChargeAt" TIMESTAMP(3),
    "clotureAt" TIMESTAMP(3),
    "anonymiseeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DemandeAide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandeMessage" (
    "id" TEXT NOT NULL,
    "demandeId" TEXT NOT NULL,
    "auteurId" TEXT,
    "contenu" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandeMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandeNote" (
    "id" TEXT NOT NULL,
    "demandeId" TEXT NOT NULL,
    "auteurId" TEXT,
    "contenu" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandeNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilleAccueil" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "presentation" TEXT NOT NULL,
    "telephone" TEXT,
    "statut" "VerificationStatut" NOT NULL DEFAULT 'en_attente',
    "motifRefus" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FamilleAccueil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ressource" (
    "id" TEXT NOT NULL,
    "type" "RessourceType" NOT NULL,
    "mobiliteType" "MobiliteType",
    "organisationId" TEXT,
    "proprietaireId" TEXT,
    "titre" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "adresse" TEXT,
    "capacite" INTEGER NOT NULL,
    "disponibleDebut" DATE,
    "disponibleFin" DATE,
    "gratuit" BOOLEAN NOT NULL DEFAULT true,
    "prix" TEXT,
    "conditions" TEXT,
    "equipements" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "statut" "RessourceStatut" NOT NULL DEFAULT 'brouillon',
    "motifRefus" TEXT,
    "soumiseAt" TIMESTAMP(3),
    "publieeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ressource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RessourceProposition" (
    "id" TEXT NOT NULL,
    "demandeId" TEXT NOT NULL,
    "ressourceId" TEXT NOT NULL,
    "agentId" TEXT,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,
    "message" TEXT,
    "statut" "PropositionStatut" NOT NULL DEFAULT 'proposee',
    "decideeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RessourceProposition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "College" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "membreType" "CollegeMembreType" NOT NULL,
    "ordre" INTEGER NOT NULL,

    CONSTRAINT "College_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollegeMembership" (
    "id" TEXT NOT NULL,
    "collegeId" TEXT NOT NULL,
    "organisationId" TEXT,
    "userId" TEXT,
    "demandeurId" TEXT,
    "motivation" TEXT NOT NULL,
    "statut" "MembershipStatut" NOT NULL DEFAULT 'en_attente',
    "motifRefus" TEXT,
    "decideeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollegeMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationLien" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganisationLien_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BonnePratique" (
    "id" TEXT NOT NULL,
    "auteurId" TEXT,
    "organisationId" TEXT,
    "titre" TEXT NOT NULL,
    "theme" "PratiqueTheme" NOT NULL,
    "contexte" TEXT NOT NULL,
    "actions" TEXT NOT NULL,
    "resultats" TEXT NOT NULL,
    "contactOrganisation" TEXT NOT NULL,
    "statut" "PratiqueStatut" NOT NULL DEFAULT 'soumise',
    "motifRefus" TEXT,
    "soumiseAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publieeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BonnePratique_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CelluleLocale_territoireId_key" ON "CelluleLocale"("territoireId");

-- CreateIndex
CREATE INDEX "CelluleAgent_userId_idx" ON "CelluleAgent"("userId");

-- CreateIndex
CREATE INDEX "DemandeAide_territoireId_statut_createdAt_idx" ON "DemandeAide"("territoireId", "statut", "createdAt");

-- CreateIndex
CREATE INDEX "DemandeAide_apprenantId_idx" ON "DemandeAide"("apprenantId");

-- CreateIndex
CREATE INDEX "DemandeAide_statut_clotureAt_idx" ON "DemandeAide"("statut", "clotureAt");

-- CreateIndex
CREATE INDEX "DemandeAide_createdAt_idx" ON "DemandeAide"("createdAt");

-- CreateIndex
CREATE INDEX "DemandeMessage_demandeId_createdAt_idx" ON "DemandeMessage"("demandeId", "createdAt");

-- CreateIndex
CREATE INDEX "DemandeNote_demandeId_createdAt_idx" ON "DemandeNote"("demandeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FamilleAccueil_userId_key" ON "FamilleAccueil"("userId");

-- CreateIndex
CREATE INDEX "FamilleAccueil_statut_createdAt_idx" ON "FamilleAccueil"("statut", "createdAt");

-- CreateIndex
CREATE INDEX "Ressource_statut_type_latitude_longitude_idx" ON "Ressource"("statut", "type", "latitude", "longitude");

-- CreateIndex
CREATE INDEX "Ressource_organisationId_idx" ON "Ressource"("organisationId");

-- CreateIndex
CREATE INDEX "Ressource_proprietaireId_idx" ON "Ressource"("proprietaireId");

-- CreateIndex
CREATE INDEX "Ressource_statut_soumiseAt_idx" ON "Ressource"("statut", "soumiseAt");

-- CreateIndex
CREATE INDEX "RessourceProposition_ressourceId_statut_debut_fin_idx" ON "RessourceProposition"("ressourceId", "statut", "debut", "fin");

-- CreateIndex
CREATE INDEX "RessourceProposition_demandeId_idx" ON "RessourceProposition"("demandeId");

-- CreateIndex
CREATE UNIQUE INDEX "College_slug_key" ON "College"("slug");

-- CreateIndex
CREATE INDEX "CollegeMembership_collegeId_statut_idx" ON "CollegeMembership"("collegeId", "statut");

-- CreateIndex
CREATE INDEX "CollegeMembership_organisationId_statut_idx" ON "CollegeMembership"("organisationId", "statut");

-- CreateIndex
CREATE INDEX "CollegeMembership_userId_statut_idx" ON "CollegeMembership"("userId", "statut");

-- CreateIndex
CREATE INDEX "CollegeMembership_statut_createdAt_idx" ON "CollegeMembership"("statut", "createdAt");

-- CreateIndex
CREATE INDEX "OrganisationLien_organisationId_idx" ON "OrganisationLien"("organisationId");

-- CreateIndex
CREATE INDEX "BonnePratique_statut_soumiseAt_idx" ON "BonnePratique"("statut", "soumiseAt");

-- CreateIndex
CREATE INDEX "BonnePratique_statut_theme_idx" ON "BonnePratique"("statut", "theme");

-- AddForeignKey
ALTER TABLE "CelluleLocale" ADD CONSTRAINT "CelluleLocale_territoireId_fkey" FOREIGN KEY ("territoireId") REFERENCES "Territoire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CelluleAgent" ADD CONSTRAINT "CelluleAgent_celluleId_fkey" FOREIGN KEY ("celluleId") REFERENCES "CelluleLocale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CelluleAgent" ADD CONSTRAINT "CelluleAgent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeAide" ADD CONSTRAINT "DemandeAide_apprenantId_fkey" FOREIGN KEY ("apprenantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeAide" ADD CONSTRAINT "DemandeAide_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeAide" ADD CONSTRAINT "DemandeAide_territoireId_fkey" FOREIGN KEY ("territoireId") REFERENCES "Territoire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeAide" ADD CONSTRAINT "DemandeAide_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeMessage" ADD CONSTRAINT "DemandeMessage_demandeId_fkey" FOREIGN KEY ("demandeId") REFERENCES "DemandeAide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeMessage" ADD CONSTRAINT "DemandeMessage_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeNote" ADD CONSTRAINT "DemandeNote_demandeId_fkey" FOREIGN KEY ("demandeId") REFERENCES "DemandeAide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandeNote" ADD CONSTRAINT "DemandeNote_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilleAccueil" ADD CONSTRAINT "FamilleAccueil_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ressource" ADD CONSTRAINT "Ressource_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ressource" ADD CONSTRAINT "Ressource_proprietaireId_fkey" FOREIGN KEY ("proprietaireId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ressource" ADD CONSTRAINT "Ressource_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RessourceProposition" ADD CONSTRAINT "RessourceProposition_demandeId_fkey" FOREIGN KEY ("demandeId") REFERENCES "DemandeAide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RessourceProposition" ADD CONSTRAINT "RessourceProposition_ressourceId_fkey" FOREIGN KEY ("ressourceId") REFERENCES "Ressource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RessourceProposition" ADD CONSTRAINT "RessourceProposition_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollegeMembership" ADD CONSTRAINT "CollegeMembership_collegeId_fkey" FOREIGN KEY ("collegeId") REFERENCES "College"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollegeMembership" ADD CONSTRAINT "CollegeMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollegeMembership" ADD CONSTRAINT "CollegeMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollegeMembership" ADD CONSTRAINT "CollegeMembership_demandeurId_fkey" FOREIGN KEY ("demandeurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationLien" ADD CONSTRAINT "OrganisationLien_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BonnePratique" ADD CONSTRAINT "BonnePratique_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BonnePratique" ADD CONSTRAINT "BonnePratique_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

