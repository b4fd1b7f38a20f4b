// `npm run stages:expirer`: expires offers whose last period has ended. Safe to run often
// (e.g. daily from cron); pages also hide such offers even before it runs.
import { createScriptClient } from "../prisma/client";
import { expireStageOffres } from "../lib/stages/expiry";

// No top-level await: tsx runs this file as CommonJS.
async function main() {
  const db = createScriptClient();
  try {
    const count = await expireStageOffres(db);
    console.log(`${count} offre(s) de stage expirée(s).`);
  } catch (error) {
    console.error("Échec de l'expiration des offres :", error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
