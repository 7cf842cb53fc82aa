import "server-only";
import type { SigningState } from "@/lib/signing/purposes";
import type { DbClient } from "@/lib/server/integrations/local-db";

/**
 * Where a request stands, for the user who created it (the QR dialog polls this while the
 * phone signs); null when it is not theirs or does not exist.
 */
export async function signingStatus(
  client: DbClient,
  input: { id: string; requestedById: string },
  now = new Date(),
): Promise<{ status: SigningState } | null> {
  const row = await client.signingRequest.findFirst({
    where: { id: input.id, requestedById: input.requestedById },
    select: { status: true, expiresAt: true },
  });
  if (!row) return null;
  if (row.status === "PENDING" && now > row.expiresAt) return { status: "EXPIRED" };
  return { status: row.status };
}
