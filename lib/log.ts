import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";

// Structured JSON logs, one line per event on stdout, each with the request id when there is one.
// No personal data: callers log ids and technical facts, never e-mails, names, phone numbers or
// free text; the redaction below is only a safety net.
const REDACTED_KEYS = [
  "email",
  "password",
  "motDePasse",
  "telephone",
  "nom",
  "prenom",
  "cookie",
  "authorization",
];

/** A logger writing to `destination` (default: stdout). */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: { service: "guichet-iflts" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `headers.${key}`]),
        censor: "[masqué]",
      },
    },
    destination ?? (env.NODE_ENV === "test" ? testDestination : undefined),
  );
}

// In tests, errors go through console.error so that an unexpected error still fails the test.
const testDestination: DestinationStream = {
  write(line: string) {
    if (/"level":"(error|fatal)"/.test(line)) console.error(line.trimEnd());
  },
};

export const logger = createLogger();

export const REQUEST_ID_HEADER = "x-request-id";
