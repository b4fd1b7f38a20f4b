// `npm run db:backup [-- <fichier>]`: dumps DATABASE_URL (default file in backups/). See README.
import { config } from "dotenv";
import { backupDatabase, defaultBackupFile } from "./backup";

config({ quiet: true });
const url = process.env.DATABASE_URL;
const file = process.argv[2] ?? defaultBackupFile();

if (!url) {
  console.error("DATABASE_URL n'est pas définie (voir .env.example).");
  process.exitCode = 1;
} else {
  void main(url, file);
}

async function main(url: string, file: string) {
  const started = performance.now();
  try {
    const size = await backupDatabase(url, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Sauvegarde écrite : ${file} (${(size / 1024).toFixed(0)} Kio, ${seconds} s).`);
  } catch (error) {
    console.error("Échec de la sauvegarde :", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
