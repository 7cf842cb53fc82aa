// The screens of the local eGov sign-in stand-in (IIN → SMS code → permission), as the state its
// one server action moves through. These are the steps of a stand-in, not a form result. Pure.

export type EgovLoginState =
  | { step: "iin"; request: string; error?: "iin_format" | "iin_unknown" | "expired"; iin?: string }
  | { step: "otp"; ticket: string; phone: string; demoCode: string; error?: "otp_wrong" }
  | { step: "consent"; ticket: string; name: string }
  | { step: "redirect"; to: string }
  | { step: "denied" };

