import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/auth/session";
import { AREA_HOME, area } from "@/lib/auth/permissions";

/** Sends a freshly signed-in person to the home of their own area. */
export default async function AfterSignIn() {
  const user = await currentUser();
  redirect(user ? AREA_HOME[area(user.role)] : "/sign-in");
}
