import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { isDatabaseMarkedDown } from "@/lib/db-status";
import { REQUEST_ID_HEADER } from "@/lib/log";

// Convenience only: pages, actions and route handlers check access themselves.
// Here: a request id (logs), a per-request CSP nonce and an early redirect to sign-in
// (static headers: next.config.ts).

const PROTECTED_PREFIXES = [
  "/espace-apprenant",
  "/espace-employeur",
  "/espace-organisme",
  "/organisations",
  "/moderation",
  "/notifications",
  "/cellule",
  "/compte",
  "/mes-ressources",
  "/gouvernance/tableau-de-bord",
  "/gouvernance/adherer",
  "/gouvernance/bonnes-pratiques",
];

function tileOrigins(): string {
  const origins = ["https://data.geopf.fr", "https://*.tile.openstreetmap.fr"];
  try {
    origins.push(new URL(env.MAP_TILES_URL.replace(/\{[a-z]\}/g, "a")).origin);
  } catch {
    // Not a URL once placeholders are filled: the map will show no tiles, the default origins stay.
  }
  return [...new Set(origins)].join(" ");
}

function contentSecurityPolicy(nonce: string): string {
  const dev = env.NODE_ENV === "development";
  const https = env.NEXTAUTH_URL.startsWith("https://");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Leaflet positions tiles and markers with style attributes.
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileOrigins()}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const INDISPONIBLE_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service momentanément indisponible – IFLTS</title></head>
<body><main><h1>Service momentanément indisponible</h1>
<p>Le guichet numérique de l'IFLTS ne peut pas répondre pour le moment. Rien de ce que vous avez déjà enregistré n'est perdu.</p>
<p>Réessayez dans quelques secondes : <a href="">recharger la page</a>.</p></main></body></html>`;

/** 503 while the database is known to be unreachable (lib/db-status.ts), in French, HTML or JSON. */
function serviceIndisponible(pathname: string): NextResponse {
  const headers = { "Retry-After": "5", "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      { erreur: "Service momentanément indisponible. Réessayez dans quelques secondes." },
      { status: 503, headers },
    );
  }
  return new NextResponse(INDISPONIBLE_HTML, {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // /api/sante keeps asking the database itself: it is how operators see it come back.
  if (pathname !== "/api/sante" && isDatabaseMarkedDown()) return serviceIndisponible(pathname);

  if (PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET });
    if (!token) {
      const url = request.nextUrl.clone();
      url.pathname = "/connexion";
      url.search = `?retour=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }

  // Kept from a reverse proxy when it looks like an id, so both logs can be matched; else a new one.
  const incomingId = request.headers.get(REQUEST_ID_HEADER);
  const requestId = incomingId && /^[A-Za-z0-9-]{8,64}$/.test(incomingId) ? incomingId : crypto.randomUUID();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|leaflet/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
