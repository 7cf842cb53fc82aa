"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import QRCode from "qrcode";

const POLL_MS = 1500;

/**
 * QR signing: the code leads the phone (the eGov mobile stand-in) to the request; meanwhile the
 * page asks the server every 1.5 s whether the signature has arrived.
 */
export function QrSigning(props: { requestId: string; baseUrl?: string; onSigned: () => void }) {
  const t = useTranslations("signing");
  const [image, setImage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { requestId, baseUrl, onSigned } = props;
  // The page's own origin is known only in the browser (null while rendering on the server).
  const origin = useSyncExternalStore(noSubscription, browserOrigin, noOrigin);
  const base = (baseUrl ?? origin)?.replace(/\/+$/, "");
  const link = base == null ? null : `${base}/egov-mobile/sign/${encodeURIComponent(requestId)}`;

  useEffect(() => {
    if (!link) return;
    let cancelled = false;
    QRCode.toDataURL(link, { margin: 1, width: 240, errorCorrectionLevel: "M" })
      .then((dataUrl) => !cancelled && setImage(dataUrl))
      .catch(() => !cancelled && setError(t("errors.qrFailed")));
    return () => {
      cancelled = true;
    };
  }, [link, t]);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/signing/${encodeURIComponent(requestId)}`, {
          cache: "no-store",
          signal: controller.signal,
        });
        const body = (await response.json().catch(() => ({}))) as { status?: string; message?: string };
        if (controller.signal.aborted) return;
        if (response.ok && body.status === "SIGNED") {
          onSigned();
          return;
        }
        if (!response.ok || (body.status && body.status !== "PENDING")) {
          setError(
            body.message ??
              t(`errors.${body.status === "CONSUMED" ? "ALREADY_USED" : body.status === "EXPIRED" ? "EXPIRED" : "NOT_FOUND"}`),
          );
          return;
        }
        setError(null);
      } catch {
        if (controller.signal.aborted) return;
        setError(t("errors.network"));
      }
      timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [requestId, onSigned, t]);

  return (
    <div className="space-y-3">
      <h3 className="font-bold outline-none" tabIndex={-1}>
        {t("dialog.qrTitle")}
      </h3>
      <p className="text-slate-700">{t("dialog.qrSteps")}</p>
      <div className="flex justify-center">
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser
          <img src={image} alt={t("dialog.qrAlt")} width={240} height={240} className="h-60 w-60" data-testid="signing-qr" />
        ) : (
          <div className="h-60 w-60 animate-pulse rounded bg-slate-100" aria-hidden />
        )}
      </div>
      {link && (
        <p className="text-center">
          <a href={link} target="_blank" rel="noopener" className="link" data-testid="signing-link">
            {t("dialog.openHere")}
          </a>
        </p>
      )}
      {error ? (
        <p className="font-semibold text-red-700" role="alert" data-testid="signing-error">
          {error}
        </p>
      ) : (
        <p className="text-sm text-slate-600" role="status" aria-live="polite">
          {t("dialog.waiting")}
        </p>
      )}
    </div>
  );
}

const noSubscription = () => () => {};
const browserOrigin = () => window.location.origin;
const noOrigin = () => null;
