-- CHECK constraints that Prisma's schema language cannot express. Each one is added by a
-- hand-written migration too; tests/integration/migrations.test.ts applies this file after the
-- schema's own SQL, so the migrations and schema.prisma + this file must describe the same database.

-- An application is read and answered after it is sent (no negative response delay).
ALTER TABLE "Candidature"
  ADD CONSTRAINT "Candidature_reponse_apres_envoi"
  CHECK (("lueAt" IS NULL OR "lueAt" >= "createdAt") AND ("reponduAt" IS NULL OR "reponduAt" >= "createdAt"));
