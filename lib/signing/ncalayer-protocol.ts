// NCALayer's WebSocket protocol, the part Qabyldau uses: shared by the browser side (the sign
// dialog) and the local stand-in server, so both speak exactly the same messages.
//
// On connecting NCALayer first sends {"result":{"version":"…"}}. Requests of the "basics" module
// answer {"status":true,"body":{"result":[…]}} (an empty body means the person cancelled) or
// {"status":false,"code":"…","message":"…"}; the classic commonUtils module answers
// {"code":"200","responseObject":…} or {"code":"500","message":"…"}.

export const NCALAYER_BASICS_MODULE = "kz.gov.pki.knca.basics";
export const NCALAYER_COMMON_UTILS_MODULE = "kz.gov.pki.knca.commonUtils";

/** Extended key usage of NCA RK signing keys (e-mail protection), as NCALayer expects. */
export const SIGNING_KEY_USAGE_OID = "1.3.6.1.5.5.7.3.4";

/** Key stores a citizen may use: a key file and the usual hardware tokens / ID card. */
export const ALLOWED_STORAGES = [
  "PKCS12",
  "AKKaztokenStore",
  "AKKZIDCardStore",
  "AKEToken72KStore",
  "AKEToken5110Store",
  "AKJaCartaStore",
] as const;

export type BasicsSignArgs = {
  allowedStorages: string[];
  format: "cms" | "xml";
  /** Base64 of the bytes to sign (with decode: true), or one such string per document. */
  data: string | string[];
  signingParams: { decode: boolean; encapsulate: boolean; digested: boolean; tsaProfile?: Record<string, unknown> };
  signerParams: { extKeyUsageOids: string[]; iin?: string; bin?: string; chain?: string[] };
  locale: string;
};

export type BasicsSignRequest = {
  module: typeof NCALAYER_BASICS_MODULE;
  method: "sign";
  args: BasicsSignArgs;
};

/** The request the sign dialog sends: a detached CMS over the payload, by the signer's key only. */
export function basicsSignRequest(input: { dataBase64: string; signerIin: string; locale: string }): BasicsSignRequest {
  return {
    module: NCALAYER_BASICS_MODULE,
    method: "sign",
    args: {
      allowedStorages: [...ALLOWED_STORAGES],
      format: "cms",
      data: input.dataBase64,
      signingParams: { decode: true, encapsulate: false, digested: false },
      signerParams: { extKeyUsageOids: [SIGNING_KEY_USAGE_OID], iin: input.signerIin, chain: [] },
      locale: input.locale,
    },
  };
}

export type NcaLayerReply =
  | { kind: "version"; version: string }
  | { kind: "signed"; results: string[] }
  | { kind: "cancelled" }
  | { kind: "error"; code: string; message: string }
  | { kind: "unreadable" };

/** What one message from NCALayer means to a basics client. */
export function readNcaLayerReply(raw: unknown): NcaLayerReply {
  let message: unknown;
  try {
    message = typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch {
    return { kind: "unreadable" };
  }
  if (!message || typeof message !== "object") return { kind: "unreadable" };
  const m = message as Record<string, unknown>;
  const result = m.result as Record<string, unknown> | undefined;
  if (result && typeof result === "object" && typeof result.version === "string") {
    return { kind: "version", version: result.version };
  }
  if (m.status === true) {
    const body = (m.body ?? {}) as Record<string, unknown>;
    const results = body.result;
    if (Array.isArray(results) && results.length > 0 && results.every((r) => typeof r === "string")) {
      return { kind: "signed", results: results as string[] };
    }
    if (typeof results === "string") return { kind: "signed", results: [results] };
    return { kind: "cancelled" };
  }
  if (m.status === false) {
    return { kind: "error", code: String(m.code ?? "ERROR"), message: String(m.message ?? "") };
  }
  return { kind: "unreadable" };
}
