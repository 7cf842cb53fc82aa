import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/auth/session";
import { area } from "@/lib/auth/permissions";

const HOME = { parent: "/cabinet", staff: "/staff", district: "/district", region: "/region" } as const;

/** Sends a freshly signed-in person to the home of their own area. */
export default async function AfterSignIn() {
  const user = await currentUser();
  redirect(user ? HOME[area(user.role)] : "/sign-in");
}
