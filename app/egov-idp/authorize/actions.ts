"use server";

import { iinField, otpField } from "@/lib/egov/citizen-code-schemas";
import { isLocalEgov } from "@/lib/server/env";
import { requireStandIns } from "@/lib/server/stand-ins";
import { claimsFor, maskPhone } from "@/lib/server/egov-idp/claims";
import {
  hashOtp,
  newOtpCode,
  signCode,
  signConsentTicket,
  signOtpTicket,
  verifyAuthRequest,
  verifyConsentTicket,
  verifyOtpTicket,
} from "@/lib/server/egov-idp/tokens";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";
import type { EgovLoginState } from "@/lib/egov/login-state";


/** One action drives the three screens of the local eGov sign-in: IIN, SMS code, permission. */
export async function egovStep(state: EgovLoginState, form: FormData): Promise<EgovLoginState> {
  requireStandIns();
  const intent = String(form.get("intent") ?? "");

  if (state.step === "iin" && intent === "send-code") {
    const request = await verifyAuthRequest(state.request);
    if (!request) return { ...state, error: "expired" };
    const iin = iinField.safeParse(form.get("iin"));
    if (!iin.success) return { ...state, error: "iin_format", iin: String(form.get("iin") ?? "") };
    const claims = await claimsFor(iin.data);
    // Same answer for unknown and under-age IINs: a sign-in page must not confirm who exists.
    if (!claims) return { ...state, error: "iin_unknown", iin: iin.data };
    const code = newOtpCode();
    if (claims.phone_number) {
      await getSmsGateway().send({
        phone: claims.phone_number,
        sender: "eGov",
        text: `eGov: кіру коды / код входа ${code}`,
      });
    }
    return {
      step: "otp",
      ticket: await signOtpTicket({ request, iin: iin.data, codeHash: hashOtp(iin.data, code) }),
      phone: maskPhone(claims.phone_number),
      demoCode: code,
    };
  }

  if (state.step === "otp" && intent === "verify") {
    const ticket = await verifyOtpTicket(state.ticket);
    if (!ticket) return { step: "denied" };
    const code = otpField.safeParse(form.get("code"));
    if (!code.success || hashOtp(ticket.iin, code.data) !== ticket.codeHash) return { ...state, error: "otp_wrong" };
    const claims = await claimsFor(ticket.iin);
    if (!claims) return { step: "denied" };
    return {
      step: "consent",
      ticket: await signConsentTicket({ request: ticket.request, iin: ticket.iin }),
      name: claims.name,
    };
  }

  if (state.step === "consent") {
    const ticket = await verifyConsentTicket(state.ticket);
    if (!ticket) return { step: "denied" };
    const target = new URL(ticket.request.redirectUri);
    if (intent === "allow") {
      target.searchParams.set("code", await signCode({ request: ticket.request, iin: ticket.iin }));
    } else {
      target.searchParams.set("error", "access_denied");
    }
    target.searchParams.set("state", ticket.request.state);
    // A full-page navigation, as a real IdP's 302 would be: the relying party's callback is a
    // route handler that sets cookies, not a page the client router can render.
    return { step: "redirect", to: target.toString() };
  }

  return state;
}
