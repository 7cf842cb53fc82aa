import NextAuth from "next-auth";
import { authOptions, authOptionsForEgovSignIn } from "@/lib/server/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  // Only eGov's sign-in and callback need its (cached) discovery: a session check never waits on eGov.
  const isEgovRequest = (await context.params).nextauth.at(-1) === "egov";
  const options = isEgovRequest ? await authOptionsForEgovSignIn() : authOptions();
  return NextAuth(request as never, context as never, options);
}

export { handler as GET, handler as POST };
