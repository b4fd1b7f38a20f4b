// `npm run db:restore -- <fichier> --confirmer`: replaces DATABASE_URL's contents with a backup.
import { config } from "dotenv";
import { restoreDatabase } from "./backup";

config({ quiet: true });
const url = process.env.DATABASE_URL;
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));

if (!url) {
  console.error("DATABASE_URL n'est pas définie (voir .env.example).");
  process.exitCode = 1;
} else if (!file || !args.includes("--confirmer")) {
  // Restoring erases the current data: the operator must say so explicitly.
  console.error(
    "Usage : npm run db:restore -- <fichier.dump> --confirmer\n" +
      "La restauration remplace toutes les données de DATABASE_URL par celles de la sauvegarde.",
  );
  process.exitCode = 1;
} else {
  void main(url, file);
}

async function main(url: string, file: string) {
  const started = performance.now();
  try {
    await restoreDatabase(url, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Base restaurée depuis ${file} (${seconds} s).`);
  } catch (error) {
    console.error(
      "Échec de la restauration (aucune donnée modifiée) :",
      error instanceof Error ? error.message : error,
    );
    process.exitCode = 1;
  }
}
