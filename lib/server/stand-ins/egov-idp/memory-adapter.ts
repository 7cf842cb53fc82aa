import "server-only";
import type { Adapter, AdapterPayload } from "oidc-provider";

// Storage of the eGov stand-in's short-lived artefacts (interactions, codes, tokens, grants):
// process memory, on purpose. The stand-in runs in the one server process, everything it keeps
// lives minutes, and a restart only asks the citizen to sign in again — as a real eGov outage
// would. Written here rather than taking the library's quick-start adapter, which warns on
// every start and indexes nothing by grant.

type Entry = { payload: AdapterPayload; expiresAt: number };

/** One store shared by all models of one provider. */
export function createMemoryAdapter(now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  const byGrant = new Map<string, Set<string>>();
  const bySessionUid = new Map<string, string>();

  function live(key: string): AdapterPayload | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  function sweep() {
    const time = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
    for (const [grantId, keys] of byGrant) {
      for (const key of keys) if (!entries.has(key)) keys.delete(key);
      if (!keys.size) byGrant.delete(grantId);
    }
    for (const [uid, id] of bySessionUid) if (!entries.has(`Session:${id}`)) bySessionUid.delete(uid);
  }

  return class MemoryAdapter implements Adapter {
    constructor(private readonly model: string) {}

    private key(id: string) {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      if (entries.size > 5_000) sweep();
      const key = this.key(id);
      entries.set(key, { payload, expiresAt: now() + expiresIn * 1000 });
      if (payload.grantId) {
        const keys = byGrant.get(payload.grantId) ?? new Set<string>();
        keys.add(key);
        byGrant.set(payload.grantId, keys);
      }
      if (this.model === "Session" && payload.uid) bySessionUid.set(payload.uid, id);
    }

    async find(id: string) {
      return live(this.key(id));
    }

    async findByUid(uid: string) {
      const id = bySessionUid.get(uid);
      return id ? live(this.key(id)) : undefined;
    }

    async findByUserCode(): Promise<undefined> {
      return undefined; // the device flow is off
    }

    async consume(id: string) {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(now() / 1000);
    }

    async destroy(id: string) {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string) {
      for (const key of byGrant.get(grantId) ?? []) entries.delete(key);
      byGrant.delete(grantId);
    }
  };
}
