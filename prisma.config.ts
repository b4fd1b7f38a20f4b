import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// A config file disables Prisma's own .env loading, hence dotenv above.
// The CLI runs on the WebAssembly schema engine through the pg adapter (see STACK.md).

// Without DATABASE_URL even `prisma generate` (run after npm install, which needs no database)
// fails with a misleading engine-download error; commands that connect fail on this host instead.
process.env.DATABASE_URL ||=
  "postgresql://DATABASE_URL-non-definie@database-url-non-definie.invalid:5432/iflts";
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1, allowExitOnIdle: true }),
});
