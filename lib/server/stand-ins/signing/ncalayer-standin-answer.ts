import "server-only";
import crypto from "node:crypto";
import { NCALAYER_BASICS_MODULE, NCALAYER_COMMON_UTILS_MODULE, type BasicsSignArgs } from "@/lib/signing/ncalayer-protocol";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { signCms } from "@/lib/server/signing/cms";
import { testKeyFor, type TestKey } from "@/lib/server/stand-ins/signing/test-keys";
import { PERSONAL_EXT_KEY_USAGES } from "@/lib/server/stand-ins/signing/test-ca";

// What the NCALayer stand-in answers to one message, in NCALayer's own words where they are
// known (ncalayer-js-client's recorded exchanges with the real program): basics errors carry
// code, message and details; an empty body is the person's "cancel".
//
// Key choice: the stand-in's one storage is a PKCS#12 "file" holding every seeded person's
// test key. NCALayer offers the keys of signerParams.iin when one is given and otherwise shows
// its chooser. The stand-in does the same, except that it does not ask for a password: with an
// IIN it signs with that person's key at once (unless "always ask" is on), without one the
// request waits for a choice on the stand-in's own chooser page, which can also cancel it.

export const STANDIN_VERSION = "1.4 (Qabyldau local stand-in)";
/** The storage the stand-in's test keys are in. */
export const STANDIN_STORAGE = "PKCS12";
const MAX_DOCUMENTS = 20;

export type Reply = Record<string, unknown>;

/** A basics sign request that waits for a person to choose a key (or cancel). */
export type SignTask = {
  documents: Buffer[];
  encapsulate: boolean;
  extKeyUsageOids: string[];
  allowedStorages: string[] | null;
  wantsTimestamp: boolean;
  /** The IIN the page asked for, if any. */
  iin: string | null;
};

export type AnswerContext = {
  client?: DbClient;
  /** Whether a request naming an IIN waits for confirmation too. */
  alwaysAsk(): boolean;
  /** Hands a task to the chooser; resolves with the reply once someone chose or cancelled. */
  ask(task: SignTask): Promise<Reply>;
  log?(line: string): void;
};

export async function answer(raw: string, context: AnswerContext): Promise<Reply> {
  let request: { module?: unknown; method?: unknown; args?: unknown };
  try {
    request = JSON.parse(raw) as typeof request;
  } catch {
    return basicsError("INVOCATION_ERROR", "The request is not JSON.", "org.json.JSONException: A JSONObject text must begin with '{'.");
  }
  if (!request || typeof request !== "object") return basicsError("INVOCATION_ERROR", "The request is not a JSON object.");
  if (request.module === NCALAYER_BASICS_MODULE) {
    if (request.method !== "sign") return basicsError("METHOD_NOT_FOUND", `Method ${String(request.method)} was not found.`);
    return basicsSign(request.args, context);
  }
  if (request.module === NCALAYER_COMMON_UTILS_MODULE) return commonUtils(String(request.method), request.args);
  return basicsError("MODULE_NOT_FOUND", `Module ${String(request.module)} was not found.`);
}

async function basicsSign(rawArgs: unknown, context: AnswerContext): Promise<Reply> {
  const invalid = (details: string) =>
    basicsError("INVOCATION_ERROR", "An invoked method threw an exception.", `org.json.JSONException: ${details}`);
  if (!rawArgs || typeof rawArgs !== "object" || Array.isArray(rawArgs)) return invalid('JSONObject["args"] is not a JSONObject.');
  const args = rawArgs as Partial<Record<keyof BasicsSignArgs, unknown>>;
  for (const field of ["signingParams", "signerParams"] as const) {
    const value = args[field];
    if (!value || typeof value !== "object" || Array.isArray(value)) return invalid(`JSONObject["${field}"] is not a JSONObject.`);
  }
  const params = args.signingParams as Record<string, unknown>;
  const signer = args.signerParams as Record<string, unknown>;
  if (args.format !== "cms") {
    return basicsError(
      "UNSUPPORTED",
      "The format is not supported.",
      `format ${JSON.stringify(args.format)}: the stand-in signs "cms" only`,
    );
  }
  if (params.digested === true)
    return basicsError("UNSUPPORTED", "Signing a digest is not supported.", "signingParams.digested: the stand-in signs data only");
  const data = Array.isArray(args.data) ? args.data : [args.data];
  if (data.length === 0 || data.length > MAX_DOCUMENTS || !data.every((d) => typeof d === "string" && d.length > 0)) {
    return invalid(`JSONObject["data"]: expected a non-empty string or an array of 1 to ${MAX_DOCUMENTS} strings.`);
  }
  const decode = params.decode !== false;
  const documents: Buffer[] = [];
  for (const document of data as string[]) {
    if (!decode) documents.push(Buffer.from(document, "utf8"));
    else if (/^[A-Za-z0-9+/]*={0,2}$/.test(document) && document.length % 4 === 0) documents.push(Buffer.from(document, "base64"));
    else
      return basicsError(
        "INVOCATION_ERROR",
        "An invoked method threw an exception.",
        "java.lang.IllegalArgumentException: data is not Base64 (signingParams.decode is true)",
      );
  }
  const storages = args.allowedStorages;
  if (storages !== null && storages !== undefined && !(Array.isArray(storages) && storages.every((s) => typeof s === "string"))) {
    return invalid('JSONObject["allowedStorages"] is not a JSONArray.');
  }
  const oids = Array.isArray(signer.extKeyUsageOids) ? signer.extKeyUsageOids.filter((o): o is string => typeof o === "string") : [];
  const iin = typeof signer.iin === "string" && signer.iin.trim() ? signer.iin.trim() : null;
  const task: SignTask = {
    documents,
    encapsulate: params.encapsulate === true,
    extKeyUsageOids: oids,
    allowedStorages: (storages as string[] | null | undefined) ?? null,
    wantsTimestamp: Boolean(params.tsaProfile && typeof params.tsaProfile === "object"),
    iin,
  };
  const noKey = keyRefusal(task, signer);
  if (noKey) return noKey;
  if (iin && !context.alwaysAsk()) {
    const key = await testKeyFor(iin, context.client);
    if (!key)
      return basicsError("NO_KEY", "No key matches the request.", `no key of IIN ${iin} in the stand-in's ${STANDIN_STORAGE} storage`);
    return signTask(task, key, context);
  }
  return context.ask(task);
}

/** Why no key of the stand-in can match the request's storages and signer filter, if so. */
function keyRefusal(task: SignTask, signer: Record<string, unknown>): Reply | null {
  if (task.allowedStorages && !task.allowedStorages.includes(STANDIN_STORAGE)) {
    return basicsError(
      "NO_KEY",
      "No key matches the request.",
      `the stand-in keeps keys in ${STANDIN_STORAGE} only; allowed: ${task.allowedStorages.join(", ") || "none"}`,
    );
  }
  const unavailable = task.extKeyUsageOids.filter((oid) => !(PERSONAL_EXT_KEY_USAGES as readonly string[]).includes(oid));
  if (unavailable.length > 0) {
    return basicsError(
      "NO_KEY",
      "No key matches the request.",
      `no key with extended key usage ${unavailable.join(", ")} (the stand-in holds individuals' signing keys)`,
    );
  }
  if (typeof signer.bin === "string" && signer.bin) {
    return basicsError("NO_KEY", "No key matches the request.", `no key of BIN ${signer.bin} (the stand-in holds individuals' keys only)`);
  }
  return null;
}

/** Signs every document of the task with `key`: the basics success reply. */
export function signTask(task: SignTask, key: TestKey, context: Pick<AnswerContext, "log">): Reply {
  if (task.wantsTimestamp) {
    // NCALayer would add NCA RK's timestamp; the stand-in reaches no TSA, so the verifier judges
    // the certificate at the time the server received the signature instead.
    context.log?.("NCALayer stand-in: tsaProfile asked for a timestamp; the stand-in has no TSA and signs without one.");
  }
  const signingTime = new Date();
  const result = task.documents.map((content) =>
    signCms({ privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem, content, encapsulate: task.encapsulate, signingTime }),
  );
  return { status: true, body: { result } };
}

/** Whether the test key of `iin` satisfies the task (null = yes), for the chooser. */
export async function chosenKey(task: SignTask, iin: string, client?: DbClient): Promise<TestKey | string> {
  if (task.iin && task.iin !== iin) return `the page asked for a key of IIN ${task.iin}`;
  const key = await testKeyFor(iin, client);
  return key ?? `no key of IIN ${iin} in the stand-in's storage`;
}

/** The person's cancel, in NCALayer's words. */
export const CANCELLED: Reply = { status: true, body: {} };

function commonUtils(method: string, args: unknown): Reply {
  switch (method) {
    case "getActiveTokens":
      // No hardware tokens: the test keys live in the stand-in's file storage.
      return { code: "200", responseObject: [] };
    case "changeLocale":
      return Array.isArray(args) && typeof args[0] === "string"
        ? { code: "200" }
        : { code: "500", message: "java.lang.IllegalArgumentException: argument type mismatch. Method: changeLocale" };
    case "getKeyInfo":
    case "createCAdESFromBase64":
    case "createCAdESFromBase64Hash":
    case "createCMSSignatureFromBase64":
    case "signXml":
    case "signXmls":
      return { code: "500", message: `${method}: the stand-in speaks module ${NCALAYER_BASICS_MODULE} (method sign) only.` };
    default:
      return { code: "500", message: `Method ${method} was not found.` };
  }
}

export function basicsError(code: string, message: string, details?: string): Reply {
  return details ? { status: false, code, message, details } : { status: false, code, message };
}

/** A short fingerprint of what is to be signed, for the chooser page. */
export function digestOf(content: Buffer): string {
  return crypto.createHash("sha256").update(content).digest("hex");
}
