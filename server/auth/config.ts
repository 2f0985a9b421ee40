import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import type { Role } from "@/server/domain/access";
import { env } from "@/server/env";
import { getAppDb } from "@/server/db";
import { revokeSession, signInWithPassword } from "@/server/services/infra/sessions";
import { requestMeta } from "./request-meta";

declare module "next-auth" {
  interface User {
    sid?: string;
    role?: Role;
  }
  interface Session {
    sid?: string;
    role?: Role;
  }
}

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

const credentialsInput = z.object({ email: z.string().max(254), password: z.string().max(1024) });

/** Clinician limits (12 h / 30 min) are enforced server-side per request; the cookie may outlive them. */
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth((): NextAuthConfig => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: COOKIE_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const { db } = await getAppDb();
        const meta = requestMeta(request.headers);
        const result = await signInWithPassword({ db, now: new Date(), ...meta }, parsed.data);
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        return { id: result.userId, sid: result.sessionId, role: result.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // The token carries who and what role; every request re-checks both against the session row.
      if (user?.sid) {
        token.sid = user.sid;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      session.role = token.role as Role | undefined;
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") {
        const { db } = await getAppDb();
        await revokeSession(db, sid, new Date());
      }
    },
  },
  logger: {
    // A failed sign-in is an expected outcome (and audited), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
}));
