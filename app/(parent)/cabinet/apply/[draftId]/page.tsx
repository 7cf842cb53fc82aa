import { notFound, redirect } from "next/navigation";
import { pagePath } from "@/lib/application/steps";
import { loadWizard } from "@/lib/server/applications/load-wizard";
import { requireApplicant } from "../_lib/load-page";

type Props = { params: Promise<{ draftId: string }> };

/** A draft's own address resumes it at the first page still to answer. */
export default async function ResumeDraftPage({ params }: Props) {
  const { draftId } = await params;
  if (draftId === "new") redirect(pagePath("new", "child"));
  const parent = await requireApplicant();
  const state = await loadWizard(parent.id, draftId);
  if (!state) notFound();
  redirect(pagePath(draftId, state.resumeAt));
}
