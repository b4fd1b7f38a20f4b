-- An application is read and answered after it is sent: the dashboard's first-response delay can
-- never be negative. Hand-written (Prisma's schema cannot express CHECK constraints): the same
-- constraint is in prisma/constraints.sql, which the migration test applies to the schema.

-- Rows written before this constraint (the demo seed wrote one) are repaired the only safe way:
-- an application was sent at the latest when it was first read or answered.
UPDATE "Candidature"
SET "createdAt" = LEAST("createdAt", COALESCE("lueAt", "createdAt"), COALESCE("reponduAt", "createdAt"))
WHERE "lueAt" < "createdAt" OR "reponduAt" < "createdAt";

ALTER TABLE "Candidature"
  ADD CONSTRAINT "Candidature_reponse_apres_envoi"
  CHECK (("lueAt" IS NULL OR "lueAt" >= "createdAt") AND ("reponduAt" IS NULL OR "reponduAt" >= "createdAt"));
