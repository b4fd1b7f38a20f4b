// `npm run db:reference`: imports or refreshes the reference data only (communes, EPCI, territories,
// diplomas, categories, publics, collèges). For production: unlike the seed, it creates no demo account.
import { createScriptClient } from "./client";
import { importReferenceData } from "./reference/import";

const db = createScriptClient();
try {
  const written = await importReferenceData(db);
  const total = Object.values(written).reduce((sum, n) => sum + n, 0);
  console.log(`Référentiels à jour : ${total} ligne(s) créée(s) ou modifiée(s).`);
} catch (error) {
  console.error("Échec de l'import des référentiels :", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
