// Creates prisma/migrations/<timestamp>_<name>/migration.sql by diffing the committed
// schema (HEAD) against the edited one: `prisma migrate dev` cannot run here (STACK.md).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage : npm run db:migration -- <nom_en_snake_case>");
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), "iflts-migration-"));
const previous = path.join(dir, "previous.prisma");
let from: string[];
try {
  writeFileSync(
    previous,
    execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { stdio: ["ignore", "pipe", "ignore"] }),
  );
  from = ["--from-schema-datamodel", previous];
} catch {
  from = ["--from-empty"];
}

const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
rmSync(dir, { recursive: true, force: true });
if (!sql.trim() || sql.includes("-- This is an empty migration.")) {
  console.log("Aucune différence entre le schéma commité et le schéma modifié.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(target, { recursive: true });
writeFileSync(path.join(target, "migration.sql"), sql);
console.log(`Migration créée : ${target}/migration.sql`);
