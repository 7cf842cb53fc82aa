// The two screens both eGov stand-ins share (sign-in and the mobile signer): the citizen's IIN,
// then the five-digit code sent to their phone (shown on screen in demo mode). Texts come from
// the caller's message namespace, so each stand-in keeps its own wording.

type Heading = "h1" | "h2";

/** The caller's translator, bound to its namespace (useTranslations). */
type Translate = (key: string, values?: Record<string, string>) => string;

/** The two steps drawn here; a stand-in's other steps are its own. */
export type CitizenCodeState =
  { step: "iin"; error?: string; iin?: string } | { step: "otp"; phone: string; demoCode?: string; error?: string };

/**
 * The IIN screen or the code screen. The caller's namespace holds iinIntro, iin, sendCode,
 * otpTitle, otpSent, demoCode, code and errors.<error>; the two texts that differ between the
 * stand-ins (the first title and the last button) are passed in.
 */
export function CitizenCodeSteps(props: {
  state: CitizenCodeState;
  t: Translate;
  heading: Heading;
  iinTitle: string;
  verifyButton: string;
  pending: boolean;
}) {
  const { state, t, pending } = props;
  const error = state.error ? t(`errors.${state.error}`) : undefined;

  if (state.step === "iin") {
    return (
      <>
        <StepHeading heading={props.heading}>{props.iinTitle}</StepHeading>
        <p className="text-slate-700">{t("iinIntro")}</p>
        <DigitsField
          name="iin"
          label={t("iin")}
          error={error}
          autoComplete="off"
          maxLength={12}
          defaultValue={state.iin ?? ""}
          className="input font-mono tracking-wider"
        />
        <button className="btn-primary w-full" name="intent" value="send-code" disabled={pending}>
          {t("sendCode")}
        </button>
      </>
    );
  }

  return (
    <>
      <StepHeading heading={props.heading}>{t("otpTitle")}</StepHeading>
      <p className="text-slate-700">{t("otpSent", { phone: state.phone })}</p>
      {state.demoCode && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="demo-otp">
          {t("demoCode")} <strong className="font-mono text-lg tracking-widest">{state.demoCode}</strong>
        </p>
      )}
      <DigitsField
        name="code"
        label={t("code")}
        error={error}
        autoComplete="one-time-code"
        maxLength={5}
        className="input font-mono tracking-widest"
      />
      <button className="btn-primary w-full" name="intent" value="verify" disabled={pending}>
        {props.verifyButton}
      </button>
    </>
  );
}

function StepHeading({ heading: H, children }: { heading: Heading; children: React.ReactNode }) {
  return <H className={H === "h1" ? "text-2xl font-bold" : "text-lg font-bold"}>{children}</H>;
}

/** A numeric input with its label and its error, which screen readers announce with the field. */
function DigitsField(props: {
  name: "iin" | "code";
  label: string;
  error?: string;
  autoComplete: string;
  maxLength: number;
  defaultValue?: string;
  className: string;
}) {
  const errorId = `${props.name}-error`;
  return (
    <div>
      <label htmlFor={props.name} className="label">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        inputMode="numeric"
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        defaultValue={props.defaultValue}
        className={props.className}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error && (
        <p id={errorId} className="mt-1 font-semibold text-red-700" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
