// PrismaClient for command-line scripts (seed, importers). The app uses lib/db.ts instead,
// which imports "server-only" and so cannot run outside Next.
import { config } from "dotenv";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// quiet: dotenv 17 otherwise prints a banner on every run.
config({ quiet: true });

/** A new client on DATABASE_URL, with at most DATABASE_POOL_MAX connections (1 for the embedded demo database). */
export function createScriptClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL n'est pas définie (voir .env.example).");
  const max = Number(process.env.DATABASE_POOL_MAX ?? 5);
  if (!Number.isInteger(max) || max < 1) throw new Error("DATABASE_POOL_MAX doit être un entier ≥ 1.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}
