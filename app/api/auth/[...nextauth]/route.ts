import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/config";

// next-auth's own endpoints (sign-in, session, CSRF, sign-out): public by nature.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
