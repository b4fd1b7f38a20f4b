import { z } from "zod";

// The only reader of process.env on the server: parsed once, fails at start-up listing bad keys.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";
const isProduction = process.env.NODE_ENV === "production" && !isBuild;

const DEFAULT_TILES_URL =
  "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: isBuild
    ? z.string().default("postgresql://build@127.0.0.1:5432/build")
    : z.string().regex(/^postgres(ql)?:\/\//, "doit être une URL postgresql://"),
  /** Pool size; the embedded demo database (PGlite) serves exactly one connection. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: isProduction
    ? z.string().min(32, "obligatoire en production (au moins 32 caractères)")
    : z.string().min(1).default("development-secret-not-for-production-use"),
  NEXTAUTH_URL: z.url().default("http://localhost:3000"),
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url().optional()),
  MAIL_FROM: z.string().min(3).default("IFLTS - Guichet numérique <ne-pas-repondre@iflts.fr>"),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  MAP_TILES_URL: z.string().min(10).default(DEFAULT_TILES_URL),
  MAP_TILES_ATTRIBUTION: z.string().min(1).default("© IGN Géoplateforme – Plan IGN"),
  /** Months a closed help request (demande d'aide) is kept before `npm run freins:anonymiser` anonymises it. */
  FREINS_RETENTION_MOIS: z.coerce.number().int().min(1).max(120).default(12),
  /** Level of the JSON logs written on stdout (pino). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /** Trust the first X-Forwarded-For address (behind a reverse proxy that sets it). */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configuration invalide (variables d'environnement) :\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv();
export const isProductionRuntime = isProduction;
