import { StatusPage } from "@/components/status-page";
import { chooseLanguage } from "./actions";
import { currentUser } from "@/lib/server/auth/session";

/** 403: signed in, but this part of the service belongs to another role. */
export default async function Forbidden() {
  const user = await currentUser();
  return <StatusPage status="forbidden" userName={user?.fullName} chooseLanguage={chooseLanguage} />;
}
