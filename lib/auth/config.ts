import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "@/lib/auth/authenticate";

const SESSION_MAX_AGE_S = 8 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  if (env.TRUST_PROXY && typeof forwarded === "string" && forwarded.trim()) {
    return forwarded.split(",")[0]!.trim();
  }
  const real = headers?.["x-real-ip"];
  return typeof real === "string" && real ? real : "inconnue";
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The JWT only carries the user id: roles are re-read from the database on every request.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  // Secure cookies whenever the public URL is https (production); next-auth sets httpOnly and sameSite=lax.
  useSecureCookies: env.NEXTAUTH_URL.startsWith("https://"),
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse e-mail et mot de passe",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authenticate(credentials, clientIp(req.headers)),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
