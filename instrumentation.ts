import type { Instrumentation } from "next";

// Every error Next catches on the server (pages, route handlers, actions) becomes one JSON log line
// with the request id set by proxy.ts. The query string is left out: it may hold search text.
// A lost database connection also switches proxy.ts to 503 answers for a moment (lib/db-status.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logger, REQUEST_ID_HEADER } = await import("@/lib/log");
  const { isConnectionError, markDatabaseDown } = await import("@/lib/db-status");
  if (isConnectionError(error)) markDatabaseDown();
  const requestId = request.headers[REQUEST_ID_HEADER];
  logger.error(
    {
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    "erreur serveur",
  );
};
