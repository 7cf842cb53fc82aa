// The two screens both eGov stand-ins share (sign-in and the mobile signer): the citizen's IIN,
// then the five-digit code sent to their phone (shown on screen in demo mode). Texts come from
// the caller, so each stand-in keeps its own wording.

type Heading = "h1" | "h2";

export function IinStep(props: {
  heading: Heading;
  title: string;
  intro: string;
  label: string;
  button: string;
  error?: string;
  defaultValue?: string;
  pending: boolean;
}) {
  const H = props.heading;
  return (
    <>
      <H className={H === "h1" ? "text-2xl font-bold" : "text-lg font-bold"}>{props.title}</H>
      <p className="text-slate-700">{props.intro}</p>
      <div>
        <label htmlFor="iin" className="label">{props.label}</label>
        <input
          id="iin"
          name="iin"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          defaultValue={props.defaultValue ?? ""}
          className="input font-mono tracking-wider"
          aria-invalid={Boolean(props.error)}
          aria-describedby={props.error ? "iin-error" : undefined}
        />
        {props.error && (
          <p id="iin-error" className="mt-1 font-semibold text-red-700" role="alert">{props.error}</p>
        )}
      </div>
      <button className="btn-primary w-full" name="intent" value="send-code" disabled={props.pending}>
        {props.button}
      </button>
    </>
  );
}

export function CodeStep(props: {
  heading: Heading;
  title: string;
  sent: string;
  demoLabel: string;
  demoCode: string;
  label: string;
  button: string;
  error?: string;
  pending: boolean;
}) {
  const H = props.heading;
  return (
    <>
      <H className={H === "h1" ? "text-2xl font-bold" : "text-lg font-bold"}>{props.title}</H>
      <p className="text-slate-700">{props.sent}</p>
      <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="demo-otp">
        {props.demoLabel} <strong className="font-mono text-lg tracking-widest">{props.demoCode}</strong>
      </p>
      <div>
        <label htmlFor="code" className="label">{props.label}</label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={5}
          className="input font-mono tracking-widest"
          aria-invalid={Boolean(props.error)}
          aria-describedby={props.error ? "code-error" : undefined}
        />
        {props.error && (
          <p id="code-error" className="mt-1 font-semibold text-red-700" role="alert">{props.error}</p>
        )}
      </div>
      <button className="btn-primary w-full" name="intent" value="verify" disabled={props.pending}>
        {props.button}
      </button>
    </>
  );
}
