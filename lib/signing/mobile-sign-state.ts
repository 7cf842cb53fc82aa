// The screens of the eGov mobile signing stand-in (IIN → code → document → sign), as the state
// its one server action moves through. These are the steps of a stand-in, not a form result. Pure.

export type MobileSignState =
  | { step: "iin"; requestId: string; error?: "iin_format" | "iin_unknown"; iin?: string }
  | { step: "otp"; requestId: string; ticket: string; phone: string; demoCode: string; error?: "otp_wrong" }
  | {
      step: "confirm";
      requestId: string;
      ticket: string;
      signerName: string;
      childFullName: string;
      payloadSha256: string;
      error?: "failed" | "revocation";
    }
  | { step: "refused"; requestId: string; expectedSigner: string }
  | { step: "done"; signerName: string }
  | { step: "declined" }
  | { step: "unavailable" };
