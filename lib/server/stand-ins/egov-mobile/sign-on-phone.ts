import "server-only";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { clientSource } from "@/lib/server/integrations/local-db";
import { attachSignature, type AttachResult } from "@/lib/server/signing/attach-signature";
import { signWithTestKey } from "@/lib/server/stand-ins/signing/test-keys";

/**
 * "Sign" on the eGov mobile stand-in: the phone signs the request's exact payload with the
 * signed-in person's test key, and the signature goes through the same check as an EDS one —
 * kept only if it verifies and the person is the one the request names.
 */
export async function signOnPhone(
  input: { requestId: string; iin: string },
  client?: DbClient,
): Promise<AttachResult | { ok: false; error: "NO_KEY" }> {
  const prisma = await clientSource(client)();
  const row = await prisma.signingRequest.findUnique({ where: { id: input.requestId }, select: { payload: true } });
  if (!row) return { ok: false, error: "NOT_FOUND" };
  const cms = await signWithTestKey(input.iin, row.payload, { client: prisma });
  if (!cms) return { ok: false, error: "NO_KEY" };
  return attachSignature(prisma, { id: input.requestId, cms, channel: "QR" });
}
