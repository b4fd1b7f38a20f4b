// `npm run rgpd:purger`: applies the retention periods of the "données personnelles" page (inactive
// accounts, sign-in attempts, reset links, audit log, closed help requests). Idempotent: run it daily.
import { createScriptClient } from "../prisma/client";
import { env } from "../lib/env";
import { purgeExpiredData } from "../lib/comptes/retention";

// No top-level await: tsx runs this file as CommonJS.
async function main() {
  const db = createScriptClient();
  try {
    const r = await purgeExpiredData(db, env.FREINS_RETENTION_MOIS);
    console.log(
      `Purge faite : ${r.comptes} compte(s) inutilisé(s) supprimé(s), ${r.tentativesConnexion} tentative(s) de connexion, ` +
        `${r.liensReinitialisation} lien(s) de réinitialisation, ${r.journal} entrée(s) du journal, ` +
        `${r.demandes} demande(s) d'aide anonymisée(s).`,
    );
  } catch (error) {
    console.error("Échec de la purge :", error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main();
