import "server-only";
import crypto from "node:crypto";

// The eGov stand-in's one-time codes. Each sign-in (one provider interaction) has one ticket:
// the IIN it is for, the hash of the code last sent, and how many wrong codes were typed. Five
// wrong codes end the ticket for good — a new code on the same sign-in does not reset the count —
// and a phone receives at most CODES_PER_HOUR codes an hour. Kept in process memory like the rest
// of the stand-in's state (see memory-adapter.ts).

export const MAX_WRONG_CODES = 5;
export const CODES_PER_HOUR = 5;
export const CODE_TTL_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Longer than any interaction lives (ttl.Interaction). */
const TICKET_TTL_MS = 30 * 60 * 1000;

type Ticket = {
  iin: string;
  codeHash: string;
  codeExpiresAt: number;
  wrong: number;
  verified: boolean;
  expiresAt: number;
};

export type CodeCheck = "ok" | "wrong" | "dead" | "expired";

export type OneTimeCodes = ReturnType<typeof createOneTimeCodes>;

export function createOneTimeCodes(now: () => number = Date.now) {
  const tickets = new Map<string, Ticket>();
  const sentAt = new Map<string, number[]>();
  const pepper = crypto.randomBytes(32);

  const hash = (uid: string, code: string) => crypto.createHmac("sha256", pepper).update(`${uid}:${code}`).digest();

  function sweep() {
    const time = now();
    for (const [uid, ticket] of tickets) if (ticket.expiresAt <= time) tickets.delete(uid);
    for (const [key, times] of sentAt) if (!times.some((t) => t > time - HOUR_MS)) sentAt.delete(key);
  }

  return {
    /**
     * Counts one code towards `rateKey` (the phone, or the IIN when there is none to send to);
     * false when that key had its CODES_PER_HOUR already. Called for every well-formed IIN, known
     * or not, so the cap answers the same whether the person exists.
     */
    takeSendSlot(rateKey: string): boolean {
      if (sentAt.size > 10_000 || tickets.size > 10_000) sweep();
      const time = now();
      const recent = (sentAt.get(rateKey) ?? []).filter((t) => t > time - HOUR_MS);
      if (recent.length >= CODES_PER_HOUR) {
        sentAt.set(rateKey, recent);
        return false;
      }
      sentAt.set(rateKey, [...recent, time]);
      return true;
    },

    /** A fresh five-digit code for this sign-in; the count of wrong codes carries over. */
    issue(uid: string, iin: string): string {
      const code = String(crypto.randomInt(0, 100_000)).padStart(5, "0");
      const previous = tickets.get(uid);
      const time = now();
      tickets.set(uid, {
        iin,
        codeHash: hash(uid, code).toString("base64"),
        codeExpiresAt: time + CODE_TTL_MS,
        wrong: previous?.wrong ?? 0,
        verified: false,
        expiresAt: time + TICKET_TTL_MS,
      });
      return code;
    },

    /** Whether the sign-in may still try codes (false once MAX_WRONG_CODES were wrong). */
    isDead(uid: string): boolean {
      return (tickets.get(uid)?.wrong ?? 0) >= MAX_WRONG_CODES;
    },

    check(uid: string, code: string): CodeCheck {
      const ticket = tickets.get(uid);
      if (!ticket || ticket.expiresAt <= now()) return "expired";
      if (ticket.wrong >= MAX_WRONG_CODES) return "dead";
      if (ticket.codeExpiresAt <= now()) return "expired";
      const matches = crypto.timingSafeEqual(hash(uid, code), Buffer.from(ticket.codeHash, "base64"));
      if (!matches) {
        ticket.wrong += 1;
        return ticket.wrong >= MAX_WRONG_CODES ? "dead" : "wrong";
      }
      // A code is good once: the next step needs the verified mark, not the code.
      ticket.verified = true;
      ticket.codeHash = crypto.randomBytes(32).toString("base64");
      return "ok";
    },

    /** The IIN whose code was verified on this sign-in, or null. */
    verifiedIin(uid: string): string | null {
      const ticket = tickets.get(uid);
      return ticket && ticket.verified && ticket.expiresAt > now() ? ticket.iin : null;
    },

    forget(uid: string) {
      tickets.delete(uid);
    },
  };
}
