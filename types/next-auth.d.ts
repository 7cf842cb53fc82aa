import type { Role } from "@/lib/generated/prisma/enums";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user?: {
      id?: string;
      role?: Role;
      /** The user's session version when this session began (lib/server/auth/session-version.ts). */
      sessionVersion?: number;
      name?: string | null;
      email?: string | null;
      image?: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** app_user.sessionVersion at sign-in; a token with an older one is refused. */
    sv?: number;
  }
}
