import "server-only";
import { db } from "@/lib/server/db";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { findDraft, updateDraft } from "@/lib/server/applications/draft-store";

export type SaveTransportResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "CONFLICT" | "NOT_OFFERED" | "NO_REGISTRATION" };

/**
 * P-4a: does the child need the school's free transport, and is the actual address the
 * registration address? A "No" to the second question keeps an address entered earlier, so
 * the next page shows it again; any other answer forgets it.
 */
export async function saveTransport(
  parentId: string,
  draftId: string,
  input: { needed: boolean; sameAsRegistration: boolean },
): Promise<SaveTransportResult> {
  const draft = await findDraft(parentId, draftId);
  if (!draft) return { ok: false, code: "NOT_FOUND" };
  const schoolId = draft.answers.school?.schoolId;
  const prisma = await db();
  const school = schoolId
    ? await prisma.organisation.findFirst({ where: { id: schoolId, kind: "SCHOOL" }, select: { hasTransport: true } })
    : null;
  if (!school?.hasTransport) return { ok: false, code: "NOT_OFFERED" };
  if (input.needed && input.sameAsRegistration) {
    const child = await getPopulationRegistry().findCitizen(draft.childIin);
    if (!child?.address) return { ok: false, code: "NO_REGISTRATION" };
  }

  const saved = await updateDraft(parentId, draft, (current) => {
    const previous = current.answers.school?.transport;
    const keepsAddress = input.needed && !input.sameAsRegistration;
    const transport = {
      needed: input.needed,
      // Not asked when transport is not needed; stored as "same" so nothing else is expected.
      sameAsRegistration: input.needed ? input.sameAsRegistration : true,
      ...(keepsAddress ? (previous?.address ? { address: previous.address } : {}) : { address: null }),
    };
    return { answers: { ...current.answers, school: { ...current.answers.school, transport } } };
  });
  return saved.ok ? { ok: true } : saved;
}
