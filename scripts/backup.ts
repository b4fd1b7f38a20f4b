// Backups of the portal's PostgreSQL database with pg_dump / pg_restore (custom format: compressed,
// restorable table by table). Shared by `npm run db:backup`, `npm run db:restore` and their test.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Default file name: backups/iflts-2026-11-22T14-05-00.dump (UTC, sortable). */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, "-");
  return path.join("backups", `iflts-${stamp}.dump`);
}

/** Dumps the whole database at `url` into `file`; returns its size in bytes. */
export async function backupDatabase(url: string, file: string): Promise<number> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // No owner/privileges: the dump restores into any database the restoring role owns.
  await run(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", url],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return statSync(file).size;
}

/**
 * Replaces the contents of the database at `url` with the backup `file`, in one transaction:
 * on any error nothing is changed.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`Sauvegarde introuvable : ${file}`);
  await run(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      "--dbname",
      url,
      file,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
}
