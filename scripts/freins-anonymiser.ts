// `npm run freins:anonymiser`: anonymises help requests closed for longer than FREINS_RETENTION_MOIS
// (default 12). Idempotent: safe to run daily from cron.
import { createScriptClient } from "../prisma/client";
import { env } from "../lib/env";
import { anonymiseDemandesCloses } from "../lib/freins/retention";

// No top-level await: tsx runs this file as CommonJS.
async function main() {
  const db = createScriptClient();
  try {
    const count = await anonymiseDemandesCloses(db, env.FREINS_RETENTION_MOIS);
    console.log(
      `${count} demande(s) d'aide anonymisée(s) (closes depuis plus de ${env.FREINS_RETENTION_MOIS} mois).`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Échec de l'anonymisation des demandes d'aide :", error);
  process.exitCode = 1;
});
