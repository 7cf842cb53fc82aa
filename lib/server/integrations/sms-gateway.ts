import "server-only";
import { env } from "@/lib/server/env";
import { clientSource, type DbClient } from "@/lib/server/integrations/local-db";

// SMS gateway (§2, P-8): status messages to the phone in the profile, and the KDK consent
// request from 1414 (P-3a). Locally every message lands in the sms_message table, which the
// parent's "phone" page shows.

/** 1414 = the consent service (KDK), eGov = sign-in codes of the identity provider. */
export type SmsSender = "1414" | "Qabyldau" | "eGov";

export type SmsRecord = {
  id: string;
  phone: string;
  /** Who sent it: a sender name for OUTGOING, the parent's phone for INCOMING. */
  sender: string;
  direction: "OUTGOING" | "INCOMING";
  text: string;
  createdAt: Date;
};

export type SmsGateway = {
  send(message: { phone: string; sender?: SmsSender; text: string }): Promise<SmsRecord>;
  /** A reply the parent sent (e.g. "511" to 1414). */
  recordReply(message: { phone: string; text: string }): Promise<SmsRecord>;
  /** Messages of one phone (or all), newest first, the parent's replies included unless asked otherwise. */
  outbox(query: { phone?: string; limit: number; direction?: "OUTGOING" | "INCOMING" }): Promise<SmsRecord[]>;
};

const MAX_TEXT = 1000;

/** "+7 701 400-01-00", "87014000100", "7014000100" → "+77014000100"; anything else is kept trimmed. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, "");
  if (digits.length === 11 && (digits.startsWith("7") || digits.startsWith("8"))) return `+7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith("7")) return `+7${digits}`;
  return phone.trim();
}

export function createLocalSmsGateway(client?: DbClient): SmsGateway {
  const prisma = clientSource(client);

  async function store(phone: string, sender: string, direction: SmsRecord["direction"], text: string) {
    if (text.trim() === "") throw new RangeError("an SMS needs text");
    const db = await prisma();
    return db.smsMessage.create({ data: { phone: normalizePhone(phone), sender, direction, text: text.slice(0, MAX_TEXT) } });
  }

  return {
    send: ({ phone, sender = "Qabyldau", text }) => store(phone, sender, "OUTGOING", text),
    recordReply: ({ phone, text }) => store(phone, normalizePhone(phone), "INCOMING", text),
    async outbox({ phone, limit, direction }) {
      const db = await prisma();
      return db.smsMessage.findMany({
        where: { ...(phone ? { phone: normalizePhone(phone) } : {}), ...(direction ? { direction } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: Math.max(1, Math.min(limit, 500)),
      });
    },
  };
}

let local: SmsGateway | undefined;

/**
 * The SMS gateway chosen by SMS_ADAPTER (only "local" exists today). Inside a transaction pass
 * its client: the local outbox is then written atomically with the change it reports.
 */
export function getSmsGateway(client?: DbClient): SmsGateway {
  switch (env().SMS_ADAPTER) {
    case "local":
      return client ? createLocalSmsGateway(client) : (local ??= createLocalSmsGateway());
  }
}
