"use server";

import { iinField, otpField } from "@/lib/egov/citizen-code-schemas";
import { maskPhone } from "@/lib/server/stand-ins/egov-idp/claims";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";
import { describeForPhone } from "@/lib/server/stand-ins/egov-mobile/describe-for-phone";
import {
  hashMobileOtp,
  newMobileOtp,
  signMobileOtpTicket,
  signMobileSession,
  verifyMobileOtpTicket,
  verifyMobileSession,
} from "@/lib/server/stand-ins/egov-mobile/mobile-tickets";
import { findSigner } from "@/lib/server/signing/signer-identity";
import { signOnPhone } from "@/lib/server/stand-ins/egov-mobile/sign-on-phone";
import type { MobileSignState } from "@/lib/signing/mobile-sign-state";
import { requireStandIns } from "@/lib/server/stand-ins/gate";

/**
 * One action drives the screens of the eGov mobile stand-in: who you are (IIN), the one-time
 * code, the document and "Sign". Nothing is trusted from the page but the signed tickets.
 */
export async function mobileSignStep(state: MobileSignState, form: FormData): Promise<MobileSignState> {
  requireStandIns();
  const intent = String(form.get("intent") ?? "");
  if (!("requestId" in state)) return state;
  const document = await describeForPhone(state.requestId);
  if (!document) return { step: "unavailable" };

  if (intent === "restart") return { step: "iin", requestId: state.requestId };

  if (state.step === "iin" && intent === "send-code") {
    const iin = iinField.safeParse(form.get("iin"));
    if (!iin.success) return { ...state, error: "iin_format", iin: String(form.get("iin") ?? "") };
    const signer = await findSigner(iin.data);
    if (!signer) return { ...state, error: "iin_unknown", iin: iin.data };
    const code = newMobileOtp();
    if (signer.phone) {
      await getSmsGateway().send({
        phone: signer.phone,
        sender: "eGov",
        text: `eGov mobile: құжатқа қол қою коды / код для подписания документа ${code}`,
      });
    }
    return {
      step: "otp",
      requestId: state.requestId,
      ticket: await signMobileOtpTicket({
        requestId: state.requestId,
        iin: iin.data,
        codeHash: hashMobileOtp(state.requestId, iin.data, code),
      }),
      phone: maskPhone(signer.phone ?? undefined),
      demoCode: code,
    };
  }

  if (state.step === "otp" && intent === "verify") {
    const ticket = await verifyMobileOtpTicket(state.ticket);
    if (!ticket || ticket.requestId !== state.requestId) return { step: "iin", requestId: state.requestId };
    const code = otpField.safeParse(form.get("code"));
    if (!code.success || hashMobileOtp(ticket.requestId, ticket.iin, code.data) !== ticket.codeHash) {
      return { ...state, error: "otp_wrong" };
    }
    const signer = await findSigner(ticket.iin);
    if (!signer) return { step: "iin", requestId: state.requestId };
    return {
      step: "confirm",
      requestId: state.requestId,
      ticket: await signMobileSession({ requestId: ticket.requestId, iin: ticket.iin }),
      signerName: signer.fullName,
      childFullName: document.childFullName,
      payloadSha256: document.payloadSha256,
    };
  }

  if (state.step === "confirm" && (intent === "sign" || intent === "decline")) {
    const session = await verifyMobileSession(state.ticket);
    if (!session || session.requestId !== state.requestId) return { step: "iin", requestId: state.requestId };
    if (intent === "decline") return { step: "declined" };
    const result = await signOnPhone({ requestId: session.requestId, iin: session.iin });
    if (result.ok) return { step: "done", signerName: state.signerName };
    if (result.error === "WRONG_SIGNER") {
      return {
        step: "refused",
        requestId: state.requestId,
        expectedSigner: "expectedSigner" in result ? (result.expectedSigner ?? "") : "",
      };
    }
    if (result.error === "REVOCATION_UNAVAILABLE") return { ...state, error: "revocation" };
    if (["BAD_SIGNATURE", "NO_KEY", "WRONG_CERTIFICATE", "CERTIFICATE_REVOKED", "GOST_NOT_SUPPORTED"].includes(result.error)) {
      return { ...state, error: "failed" };
    }
    return { step: "unavailable" };
  }

  return state;
}
