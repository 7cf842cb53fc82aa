// What a signature is for. Mirrors the Prisma enum SigningPurpose; kept here as a plain union so
// client components and pure code need not load Prisma.
export const SIGNING_PURPOSES = ["SUBMIT", "WITHDRAW", "ACCEPT", "REJECT"] as const;
export type SigningPurposeName = (typeof SIGNING_PURPOSES)[number];

/** What GET /api/signing/[id] answers; EXPIRED is a pending request past its time. */
export const SIGNING_STATES = ["PENDING", "SIGNED", "CONSUMED", "FAILED", "EXPIRED"] as const;
export type SigningState = (typeof SIGNING_STATES)[number];

/** A signing request may be signed for this long after it is created. */
export const SIGNING_TTL_MINUTES = 15;
