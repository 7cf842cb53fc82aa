import { StatusPage } from "@/components/status-page";
import { chooseLanguage } from "./actions";
import { currentUser } from "@/lib/server/auth/session";

export default async function NotFound() {
  const user = await currentUser();
  return <StatusPage status="not-found" userName={user?.fullName} chooseLanguage={chooseLanguage} />;
}
