// Whether the database was just found unreachable, shared in-process by the server code that sees
// the failure and proxy.ts, which then answers 503 "service momentanément indisponible" at once
// instead of letting every request fail slowly. Pure module: no server-only, no Prisma.

const DOWN_UNTIL = Symbol.for("iflts.baseIndisponibleJusqua");
type Flag = { [DOWN_UNTIL]?: number };

/** How long after a connection failure requests are answered 503 without trying the database. */
export const DOWN_WINDOW_MS = 2000;

// PostgreSQL "connection exception" and "operator intervention" codes, and Node socket errors.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "08000",
  "08001",
  "08003",
  "08006",
  "57P01",
  "57P02",
  "57P03",
]);
const CONNECTION_MESSAGES =
  /ECONNREFUSED|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Can't reach database|connect ECONN/i;

/** True when `error` (or its cause) means the database cannot be reached, not a bad query. */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
  return isConnectionError(cause, depth + 1);
}

export function markDatabaseDown(now = Date.now()): void {
  (globalThis as Flag)[DOWN_UNTIL] = now + DOWN_WINDOW_MS;
}

export function isDatabaseMarkedDown(now = Date.now()): boolean {
  return ((globalThis as Flag)[DOWN_UNTIL] ?? 0) > now;
}
