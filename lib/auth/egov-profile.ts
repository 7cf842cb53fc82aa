// What the product needs from eGov's answer: the citizen's IIN (and name). eGov may put the IIN
// in the ID token or release it only at userinfo; the client takes it from whichever has it.

export type EgovClaims = { sub: string; iin?: string; name?: string; [claim: string]: unknown };

const IIN = /^\d{12}$/;

/**
 * The ID token's claims, completed from userinfo when the token carries no IIN. Userinfo must
 * speak of the same subject as the ID token (OpenID Connect Core §5.3.2), or nothing is taken.
 */
export async function egovProfile(idToken: EgovClaims, fetchUserinfo: () => Promise<Record<string, unknown>>): Promise<EgovClaims> {
  if (typeof idToken.iin === "string" && IIN.test(idToken.iin)) return idToken;
  const userinfo = await fetchUserinfo();
  if (userinfo.sub !== idToken.sub) throw new Error("eGov userinfo is about another subject than the ID token");
  return { ...userinfo, ...idToken, ...(typeof userinfo.iin === "string" ? { iin: userinfo.iin } : {}) };
}

/** The IIN to sign in with: the iin claim, else a subject that is itself an IIN. */
export function egovIinOf(profile: Partial<EgovClaims> | undefined): string | null {
  const candidate = profile?.iin ?? profile?.sub;
  return typeof candidate === "string" && IIN.test(candidate) ? candidate : null;
}
