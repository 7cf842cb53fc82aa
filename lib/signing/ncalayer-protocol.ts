// NCALayer's WebSocket protocol, the part Qabyldau uses: shared by the browser side (the sign
// dialog) and the local stand-in server, so both speak exactly the same messages — the ones the
// public client library ncalayer-js-client sends and reads (tests/fixtures/ncalayer-transcript.json
// holds a recorded exchange, and a test checks this file against it).
//
// On connecting NCALayer first sends {"result":{"version":"…"}}. Requests of the "basics" module
// answer {"status":true,"body":{"result":…}} (a string or an array of strings; an empty body
// means the person cancelled in NCALayer's window) or
// {"status":false,"code":"…","message":"…","details":"…"}; the classic commonUtils module answers
// {"code":"200","responseObject":…} or {"code":"500","message":"…"} ("action.canceled" when the
// person cancelled).

export const NCALAYER_BASICS_MODULE = "kz.gov.pki.knca.basics";
export const NCALAYER_COMMON_UTILS_MODULE = "kz.gov.pki.knca.commonUtils";

/** Where NCALayer listens on every computer it is installed on. */
export const NCALAYER_DEFAULT_URL = "wss://127.0.0.1:13579";

/** Extended key usage of NCA RK signing keys (e-mail protection), as NCALayer expects. */
export const SIGNING_KEY_USAGE_OID = "1.3.6.1.5.5.7.3.4";

/**
 * Key stores a citizen may use: a key file (PKCS#12) and the hardware tokens / ID card NCALayer
 * knows, spelled and ordered as ncalayer-js-client's basicsStoragePKCS12 + basicsStorageHardware
 * + basicsStorageJaCarta.
 */
export const ALLOWED_STORAGES = [
  "PKCS12",
  "AKKaztokenStore",
  "AKKZIDCardStore",
  "AKEToken72KStore",
  "AKEToken5110Store",
  "AKAKEYStore",
  "AKJaCartaStore",
] as const;

/**
 * tsaProfile {} asks NCALayer to add an RFC 3161 timestamp from NCA RK's own TSA (what
 * ncalayer-js-client's basicsCMSParamsDetached sends); leaving it out signs without one.
 */
export type TsaProfile = Record<string, unknown>;

export type BasicsSigningParams = { decode: boolean; encapsulate: boolean; digested: boolean; tsaProfile?: TsaProfile };

export type BasicsSignerParams = {
  extKeyUsageOids: string[];
  /** Only keys of this IIN are offered; without it NCALayer shows every key of the storages. */
  iin?: string;
  bin?: string;
  serialNumber?: string;
  /** [] also admits certificates of NCA RK's test CA. */
  chain?: string[];
};

export type BasicsSignArgs = {
  /** null = any storage. */
  allowedStorages: string[] | null;
  format: "cms" | "xml";
  /** Base64 of the bytes to sign (with decode: true), or one such string per document. */
  data: string | string[];
  signingParams: BasicsSigningParams;
  signerParams: BasicsSignerParams;
  locale: string;
};

export type BasicsSignRequest = {
  module: typeof NCALAYER_BASICS_MODULE;
  method: "sign";
  args: BasicsSignArgs;
};

export type SignRequestInput = {
  dataBase64: string;
  /** The signer's IIN narrows NCALayer's key chooser to their keys; empty = any key. */
  signerIin?: string;
  locale: string;
  /** Default: NCA RK's TSA ({}); null signs without a timestamp. */
  tsaProfile?: TsaProfile | null;
  allowedStorages?: readonly string[];
  chain?: string[];
};

/**
 * The request the sign dialog sends: a detached CMS over the payload. Its JSON text is the one
 * ncalayer-js-client's basicsSignCMS sends for the same arguments (same keys, same order).
 */
export function basicsSignRequest(input: SignRequestInput): BasicsSignRequest {
  const signingParams: BasicsSigningParams = { decode: true, encapsulate: false, digested: false };
  const tsaProfile = input.tsaProfile === undefined ? {} : input.tsaProfile;
  if (tsaProfile) signingParams.tsaProfile = tsaProfile;
  const signerParams: BasicsSignerParams = { extKeyUsageOids: [SIGNING_KEY_USAGE_OID] };
  const iin = input.signerIin?.trim();
  if (iin) signerParams.iin = iin;
  if (input.chain) signerParams.chain = input.chain;
  return {
    module: NCALAYER_BASICS_MODULE,
    method: "sign",
    args: {
      allowedStorages: [...(input.allowedStorages ?? ALLOWED_STORAGES)],
      format: "cms",
      data: input.dataBase64,
      signingParams,
      signerParams,
      locale: ncaLayerLocale(input.locale),
    },
  };
}

/** NCALayer's interface speaks kk, ru and en. */
export function ncaLayerLocale(locale: string): string {
  return locale === "kk" || locale === "en" ? locale : "ru";
}

export type NcaLayerReply =
  | { kind: "version"; version: string }
  | { kind: "signed"; results: string[] }
  | { kind: "cancelled" }
  | { kind: "error"; code: string; message: string; details?: string }
  | { kind: "unreadable" };

/** What one message from NCALayer means to a basics (or commonUtils) client. */
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
    // ncalayer-js-client: a body without "result" is the person's cancel.
    if (!Object.prototype.hasOwnProperty.call(body, "result")) return { kind: "cancelled" };
    const results = body.result;
    if (typeof results === "string" && results.length > 0) return { kind: "signed", results: [results] };
    if (Array.isArray(results) && results.length > 0 && results.every((r) => typeof r === "string" && r.length > 0)) {
      return { kind: "signed", results: results as string[] };
    }
    return { kind: "unreadable" };
  }
  if (m.status === false) {
    return {
      kind: "error",
      code: String(m.code ?? "ERROR"),
      message: String(m.message ?? ""),
      details: typeof m.details === "string" && m.details ? m.details : undefined,
    };
  }
  // commonUtils: the code is a string, "200" or an error code.
  if (typeof m.code === "string" && m.code !== "200") {
    if (m.message === "action.canceled") return { kind: "cancelled" };
    return { kind: "error", code: m.code, message: typeof m.message === "string" ? m.message : "" };
  }
  return { kind: "unreadable" };
}

/** An error as ncalayer-js-client words it: "CODE: message (details)". */
export function describeNcaLayerError(error: { code: string; message: string; details?: string }): string {
  return error.details ? `${error.code}: ${error.message} (${error.details})` : `${error.code}: ${error.message}`;
}

/** The base64 DER of a CMS result, which may come PEM-armoured ("-----BEGIN CMS-----"). */
export function cmsBase64Of(result: string): string {
  return result.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, "").replace(/\s+/g, "");
}

/** What a signing page needs to know about NCALayer, handed from the server's configuration. */
export type NcaLayerTarget = {
  /** wss:// address of NCALayer on the signer's computer. */
  url: string;
  /** The local stand-in's key chooser page, when the stand-in runs (demo and tests); else null. */
  standInChooserUrl: string | null;
};
