import "server-only";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { z } from "zod";
import type { EgovIdp } from "@/lib/server/stand-ins/egov-idp/idp-server";
import { maskPhone, type CitizenClaims } from "@/lib/server/stand-ins/egov-idp/claims";
import { EGOV_CLAIMS } from "@/lib/server/stand-ins/egov-idp/provider";

// The screens of the eGov stand-in's sign-in, run inside one oidc-provider interaction: the
// citizen's IIN, the one-time code sent to their phone, then the permission to share their
// data. The provider keeps the authorization request; this file only decides who the citizen
// is and hands the provider the result (or an error, which the provider sends to the client).

export type EgovLoginState =
  | { step: "iin"; error?: "iin_format" | "iin_unknown" | "too_many"; iin?: string }
  | { step: "otp"; phone: string; demoCode?: string; error?: "otp_wrong" }
  | { step: "consent"; name: string }
  | { step: "redirect"; to: string }
  | { step: "locked"; to: string }
  | { step: "denied" };

export type InteractionDeps = {
  idp: EgovIdp;
  findCitizen(iin: string): Promise<CitizenClaims | null>;
  sendCode(phone: string, code: string): Promise<void>;
  /** Show the code on the page (demo mode only). */
  showCode: boolean;
  /** Minimum time of the IIN step, so a known IIN and an unknown one answer alike. */
  iinStepFloorMs?: number;
};

/** The browser's request: the interaction id from the address and its Cookie header. */
export type InteractionRequest = { uid: string; cookie: string };

const iinField = z
  .string()
  .trim()
  .regex(/^\d{12}$/);
const codeField = z
  .string()
  .trim()
  .regex(/^\d{5}$/);
const IIN_STEP_FLOOR_MS = 300;

/** Whether `uid` is a live interaction of this browser (its signed cookie names it). */
export async function isLiveInteraction(deps: InteractionDeps, request: InteractionRequest): Promise<boolean> {
  return (await interactionOf(deps, request)) !== null;
}

/** One step of the sign-in: `state` says which screen the form came from. */
export async function egovInteractionStep(
  deps: InteractionDeps,
  request: InteractionRequest,
  state: EgovLoginState,
  form: FormData,
): Promise<EgovLoginState> {
  const interaction = await interactionOf(deps, request);
  // Gone, or already decided (signed in, refused or locked): nothing more happens on it.
  if (!interaction || interaction.result) return { step: "denied" };
  const { codes } = deps.idp;
  const { uid } = request;
  const intent = String(form.get("intent") ?? "");

  if (intent === "send-code") {
    const iin = iinField.safeParse(form.get("iin"));
    if (!iin.success) return { step: "iin", error: "iin_format", iin: String(form.get("iin") ?? "").slice(0, 20) };
    return sendCode(deps, uid, iin.data);
  }

  if (intent === "verify" && state.step === "otp") {
    const display = { step: "otp" as const, phone: state.phone, ...(state.demoCode ? { demoCode: state.demoCode } : {}) };
    const code = codeField.safeParse(form.get("code"));
    const check = codes.check(uid, code.success ? code.data : "-----");
    if (check === "wrong") return { ...display, error: "otp_wrong" };
    if (check === "dead") {
      // The ticket stays, dead: no new code can be asked for on this sign-in.
      const to = await finish(deps, request, { error: "access_denied", error_description: "too many wrong one-time codes" });
      return to ? { step: "locked", to } : { step: "denied" };
    }
    if (check === "expired") return { step: "denied" };
    const citizen = await deps.findCitizen(codes.verifiedIin(uid) ?? "");
    if (!citizen) return { step: "denied" };
    return { step: "consent", name: citizen.name };
  }

  if ((intent === "allow" || intent === "deny") && state.step === "consent") {
    const iin = codes.verifiedIin(uid);
    if (!iin) return { step: "denied" };
    codes.forget(uid);
    if (intent === "deny") {
      const to = await finish(deps, request, { error: "access_denied", error_description: "the citizen refused" });
      return to ? { step: "redirect", to } : { step: "denied" };
    }
    const { Grant } = deps.idp.provider;
    const grant = new Grant({ accountId: iin, clientId: String(interaction.params.client_id) });
    const requested = String(interaction.params.scope ?? "openid").split(" ");
    grant.addOIDCScope(requested.filter((scope) => scope in EGOV_CLAIMS).join(" "));
    const grantId = await grant.save();
    const to = await finish(deps, request, { login: { accountId: iin, remember: false }, consent: { grantId } });
    return to ? { step: "redirect", to } : { step: "denied" };
  }

  return state;
}

/**
 * Sends a code to the citizen behind `iin`. An unknown IIN and a minor's get the same answer
 * as a mistyped one, through the same work: the registry is asked, a send slot is counted and a
 * code made either way, and the step never answers before IIN_STEP_FLOOR_MS.
 */
async function sendCode(deps: InteractionDeps, uid: string, iin: string): Promise<EgovLoginState> {
  const started = Date.now();
  const result = await (async (): Promise<EgovLoginState> => {
    const { codes } = deps.idp;
    const citizen = await deps.findCitizen(iin);
    const phone = citizen?.phone_number;
    if (codes.isDead(uid) || !codes.takeSendSlot(phone ? `phone:${phone}` : `iin:${iin}`)) {
      return { step: "iin", error: "too_many", iin };
    }
    // A code is made either way; for nobody it is never sent and can verify no one. The wrong
    // tries already typed on this sign-in carry over in both cases.
    const code = codes.issue(uid, citizen ? iin : "");
    if (!citizen) return { step: "iin", error: "iin_unknown", iin };
    if (phone) await deps.sendCode(phone, code);
    return { step: "otp", phone: maskPhone(phone), ...(deps.showCode ? { demoCode: code } : {}) };
  })();
  const wait = (deps.iinStepFloorMs ?? IIN_STEP_FLOOR_MS) - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return result;
}

type Interaction = Awaited<ReturnType<EgovIdp["provider"]["interactionDetails"]>>;

async function interactionOf(deps: InteractionDeps, request: InteractionRequest): Promise<Interaction | null> {
  try {
    const { req, res } = nodePair(request.cookie);
    const interaction = await deps.idp.provider.interactionDetails(req, res);
    return interaction.uid === request.uid ? interaction : null;
  } catch {
    return null;
  }
}

/** Stores the result on the interaction; the browser goes to the returned address next. */
async function finish(deps: InteractionDeps, request: InteractionRequest, result: Record<string, unknown>): Promise<string | null> {
  try {
    const { req, res } = nodePair(request.cookie);
    return await deps.idp.provider.interactionResult(req, res, result, { mergeWithLastSubmission: false });
  } catch {
    return null;
  }
}

/**
 * The provider's interaction helpers read the signed interaction cookie from a Node request;
 * a server action has only the Cookie header, so give them a request that carries just that.
 */
function nodePair(cookie: string) {
  const req = new IncomingMessage(new Socket());
  req.headers = { cookie };
  req.method = "POST";
  req.url = "/";
  return { req, res: new ServerResponse(req) };
}
