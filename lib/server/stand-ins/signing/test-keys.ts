import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { isValidIin } from "@/lib/iin/iin";
import { clientSource, type DbClient } from "@/lib/server/integrations/local-db";
import { standInsEnabled } from "@/lib/server/env";
import { signCms, type SignedBytes } from "@/lib/server/signing/cms";
import { findSigner } from "@/lib/server/signing/signer-identity";
import { generateRsaKeyPair, isIssuedBy, issuePersonalCertificate, testCa } from "@/lib/server/stand-ins/signing/test-ca";

// Each person's test EDS key, as the local NCALayer and eGov mobile stand-ins hold them: an
// RSA-2048 key and a certificate from the test CA, made on first use and kept in
// registry_test_key (unencrypted: they are test keys of a local stand-in, never real ones).

/** A certificate this close to its end (or from another CA) is replaced before signing. */
const RENEW_MARGIN_MS = 24 * 60 * 60 * 1000;

export type TestKey = { iin: string; privateKeyPem: string; certificatePem: string };

/** The person's test key, made (or renewed) on demand; null when nobody has this IIN. */
export async function testKeyFor(iin: string, client?: DbClient): Promise<TestKey | null> {
  // Test keys exist only for the demo stand-ins.
  if (!standInsEnabled() || !isValidIin(iin)) return null;
  const prisma = await clientSource(client)();
  const ca = testCa();
  const now = new Date();
  const row = await prisma.registryTestKey.findUnique({ where: { iin } });
  if (row && isIssuedBy(row.certificate, ca, now, RENEW_MARGIN_MS)) {
    return { iin, privateKeyPem: row.privateKey, certificatePem: row.certificate };
  }
  const signer = await findSigner(iin, prisma);
  if (!signer) return null;
  const { privateKeyPem, publicKeyPem } = await generateRsaKeyPair();
  const certificatePem = issuePersonalCertificate(ca, { iin, person: signer, publicKeyPem }, now);
  const data = { privateKey: privateKeyPem, certificate: certificatePem };
  if (row) {
    await prisma.registryTestKey.update({ where: { iin }, data });
  } else {
    try {
      await prisma.registryTestKey.create({ data: { iin, ...data } });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      // Made by a parallel request a moment ago: use that one, so one person has one key.
      const winner = await prisma.registryTestKey.findUniqueOrThrow({ where: { iin } });
      return { iin, privateKeyPem: winner.privateKey, certificatePem: winner.certificate };
    }
  }
  return { iin, privateKeyPem, certificatePem };
}

/** A detached CMS over `content` with the person's test key; null when they have none. */
export async function signWithTestKey(
  iin: string,
  content: SignedBytes,
  options: { encapsulate?: boolean; client?: DbClient } = {},
): Promise<string | null> {
  const key = await testKeyFor(iin, options.client);
  if (!key) return null;
  return signCms({ privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem, content, encapsulate: options.encapsulate });
}
