-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "numeroActivite" TEXT;

-- AlterTable
ALTER TABLE "OffreFormation" ADD COLUMN     "codesPublicVise" TEXT[] DEFAULT ARRAY[]::TEXT[];

