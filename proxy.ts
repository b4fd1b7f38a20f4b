import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

// Convenience only: pages, actions and route handlers check access themselves.
// Here: a per-request CSP nonce and an early redirect to sign-in (static headers: next.config.ts).

const PROTECTED_PREFIXES = [
  "/espace-apprenant",
  "/espace-employeur",
  "/espace-organisme",
  "/organisations",
  "/moderation",
  "/notifications",
  "/cellule",
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

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET });
    if (!token) {
      const url = request.nextUrl.clone();
      url.pathname = "/connexion";
      url.search = `?retour=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|leaflet/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
