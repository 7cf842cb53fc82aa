"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { maskIin } from "@/lib/iin/mask";
import type { NcaLayerTarget } from "@/lib/signing/ncalayer-protocol";
import { EdsSigning } from "./eds-signing";
import { QrSigning } from "./qr-signing";

export type SignDialogProps = {
  /** The signing request made by the page's server action. */
  requestId: string;
  /** Base64 of the exact bytes to sign (from createSigningRequest). */
  payloadBase64: string;
  /** Whose key must sign: NCALayer is asked for this IIN's key only. */
  signerIin: string;
  /** Where NCALayer listens on this computer (NCALAYER_URL), and the stand-in's chooser if it runs. */
  ncalayer: NcaLayerTarget;
  /** Called once, when the server holds a verified signature. */
  onSigned: () => void;
  /** Esc, the close button: the page decides what closing means (usually unmounting). */
  onClose?: () => void;
  /** Signing by QR on the phone (eGov mobile) is offered; otherwise EDS only. */
  isQrOffered?: boolean;
  /** APP_BASE_URL, for the QR link; defaults to this page's origin. */
  baseUrl?: string;
  /** Heading above the choice; defaults to "Choose how to sign". */
  title?: string;
};

type Method = "qr" | "eds";

/**
 * P-6 / P-9 / S-7: the modal choice between QR (eGov mobile) and EDS (NCALayer). Mounted =
 * open; a native modal <dialog> keeps focus inside and the rest of the page inert.
 */
export function SignDialog(props: SignDialogProps) {
  const t = useTranslations("signing.dialog");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [method, setMethod] = useState<Method | null>(null);
  const [hidden, setHidden] = useState(false);
  const signedOnce = useRef(false);
  // The page's callbacks are read through refs: a parent re-render with new arrow functions
  // must not re-run the effect below (that would close and reopen the dialog, moving focus).
  const callbacks = useRef({ onSigned: props.onSigned, onClose: props.onClose });
  useEffect(() => {
    callbacks.current = { onSigned: props.onSigned, onClose: props.onClose };
  });

  const close = useCallback(() => {
    if (callbacks.current.onClose) callbacks.current.onClose();
    else setHidden(true);
  }, []);

  const signed = useCallback(() => {
    if (signedOnce.current) return;
    signedOnce.current = true;
    callbacks.current.onSigned();
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || hidden) return;
    if (!dialog.open) dialog.showModal();
    // Browsers differ on what showModal() focuses; start on the first choice, always.
    dialog.querySelector<HTMLElement>("[data-initial-focus]")?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
    };
  }, [close, hidden]);

  // A choice replaces the buttons: move focus to the new panel's heading (or back to the choice).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    ref.current?.querySelector<HTMLElement>(method ? "h3" : "[data-initial-focus]")?.focus();
  }, [method]);

  if (hidden) return null;

  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className="m-auto w-[calc(100vw-1.5rem)] max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/60"
      data-testid="sign-dialog"
    >
      <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <h2 id={titleId} className="text-lg font-bold">
          {props.title ?? t("title")}
        </h2>
        <button
          type="button"
          onClick={close}
          className="rounded px-2 text-2xl leading-none text-slate-600 hover:text-slate-900"
          aria-label={t("close")}
        >
          ×
        </button>
      </div>
      <div className="space-y-4 px-4 py-4">
        {method === null && (
          <>
            <p className="text-slate-700">{t("intro")}</p>
            <p className="text-sm text-slate-600">{t("signer", { iin: maskIin(props.signerIin) })}</p>
            <div className="grid gap-3">
              {props.isQrOffered !== false && (
                <button
                  type="button"
                  data-initial-focus
                  className="btn-secondary flex-col items-start py-3 text-left"
                  onClick={() => setMethod("qr")}
                  data-testid="sign-with-qr"
                >
                  <span>{t("qr")}</span>
                  <span className="text-sm font-normal text-slate-600">{t("qrHint")}</span>
                </button>
              )}
              <button
                type="button"
                className="btn-secondary flex-col items-start py-3 text-left"
                {...(props.isQrOffered === false ? { "data-initial-focus": true } : {})}
                onClick={() => setMethod("eds")}
                data-testid="sign-with-eds"
              >
                <span>{t("eds")}</span>
                <span className="text-sm font-normal text-slate-600">{t("edsHint")}</span>
              </button>
            </div>
          </>
        )}
        {method === "qr" && <QrSigning requestId={props.requestId} baseUrl={props.baseUrl} onSigned={signed} />}
        {method === "eds" && (
          <EdsSigning
            requestId={props.requestId}
            payloadBase64={props.payloadBase64}
            signerIin={props.signerIin}
            ncalayer={props.ncalayer}
            onSigned={signed}
          />
        )}
        {method !== null && (
          <button type="button" className="link text-sm" onClick={() => setMethod(null)}>
            {t("back")}
          </button>
        )}
      </div>
    </dialog>
  );
}
