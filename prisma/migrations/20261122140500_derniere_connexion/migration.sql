-- AlterTable
ALTER TABLE "User" ADD COLUMN     "derniereConnexionAt" TIMESTAMP(3);
