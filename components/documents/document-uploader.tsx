"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { MAX_FILE_BYTES, UPLOAD_ACCEPT, checkUpload, type UploadCheckError } from "@/lib/documents/file-check";
import { MAX_CURRENT, UPLOAD_ERRORS, type DocumentKind, type DocumentView, type UploadError } from "@/lib/documents/kinds";

type Props = {
  applicationId: string;
  kind: DocumentKind;
  /** The application's current documents of this kind (listDocuments → toDocumentView). */
  initialDocuments: DocumentView[];
  /** Called with this kind's current documents after every successful upload or replacement. */
  onChange?: (documents: DocumentView[]) => void;
  /** Marks the block as required (the PMPK conclusion for a child with special needs). */
  required?: boolean;
  /** Heading level of the kind's title; the wizard page has its own h1. */
  headingLevel?: 2 | 3;
};

type Failure = { code: UploadError | UploadCheckError | "NETWORK" | "UNAUTHENTICATED"; message?: string };

/**
 * P-5: one kind of document — the files it has, "view" and "replace" for each, and a file input
 * that uploads at once with a progress bar. The browser checks size and type with the server's
 * own rules first (same texts), the server decides. Forms fetched from the health system are
 * shown but cannot be replaced.
 */
export function DocumentUploader({ applicationId, kind, initialDocuments, onChange, required, headingLevel = 3 }: Props) {
  const t = useTranslations("documents");
  const locale = useLocale();
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [documents, setDocuments] = useState<DocumentView[]>(initialDocuments);
  const [replacing, setReplacing] = useState<DocumentView | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [validUntil, setValidUntil] = useState("");

  const fromHealthSystem = documents.some((d) => d.source === "HEALTH_SYSTEM");
  const canAdd = !fromHealthSystem && (replacing !== null || documents.length < MAX_CURRENT[kind]);
  const busy = progress !== null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const inputId = `${ids}-file`;
  const dateId = `${ids}-valid-until`;
  const errorId = `${ids}-error`;

  // "Replace" may reveal the file input (a kind at its limit): move focus there once it exists.
  useEffect(() => {
    if (replacing) inputRef.current?.focus();
  }, [replacing]);

  const errorText = (f: Failure) => f.message ?? t(`errors.${f.code}`);
  const number = new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : locale === "ru" ? "ru-RU" : "en-GB", { maximumFractionDigits: 1 });
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t("uploader.sizeMb", { value: number.format(bytes / (1024 * 1024)) })
      : t("uploader.sizeKb", { value: number.format(Math.max(1, Math.round(bytes / 1024))) });
  const typeLabel = (mime: string) => (mime === "application/pdf" ? t("uploader.typePdf") : t("uploader.typeJpeg"));

  function reset() {
    if (inputRef.current) inputRef.current.value = "";
  }

  async function onFileChosen(file: File | undefined) {
    setNotice(null);
    setFailure(null);
    if (!file) return;
    if (kind === "PMPK" && !validUntil) {
      setFailure({ code: "VALID_UNTIL_REQUIRED" });
      reset();
      return;
    }
    // Same rules as the server, on the first bytes only (a 5 MB file is not read twice).
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    const precheck =
      file.size > MAX_FILE_BYTES
        ? ({ ok: false, error: "TOO_LARGE" } as const)
        : file.size === 0
          ? ({ ok: false, error: "EMPTY" } as const)
          : checkUpload(head);
    if (!precheck.ok) {
      setFailure({ code: precheck.error });
      reset();
      return;
    }
    upload(file);
  }

  function upload(file: File) {
    const form = new FormData();
    form.set("kind", kind);
    form.set("file", file);
    if (kind === "PMPK") form.set("validUntil", validUntil);
    if (replacing) form.set("replaceId", replacing.id);

    const request = new XMLHttpRequest();
    request.open("POST", `/api/applications/${encodeURIComponent(applicationId)}/documents`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    request.onerror = () => finish({ code: "NETWORK" });
    request.onabort = () => finish({ code: "NETWORK" });
    request.onload = () => {
      const body = (request.response ?? {}) as { document?: DocumentView; error?: string; message?: string };
      if (request.status === 201 && body.document) {
        const next = [...documents.filter((d) => d.id !== replacing?.id), body.document];
        setDocuments(next);
        setReplacing(null);
        setNotice(t("uploader.uploaded", { name: body.document.fileName }));
        onChange?.(next);
        finish(null);
      } else {
        const code =
          (UPLOAD_ERRORS as readonly string[]).includes(body.error ?? "") || body.error === "UNAUTHENTICATED"
            ? (body.error as Failure["code"])
            : "INVALID";
        finish({ code, message: body.message });
      }
    };
    setProgress(0);
    request.send(form);
  }

  function finish(result: Failure | null) {
    setProgress(null);
    setFailure(result);
    reset();
  }

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`uploader-${kind}`}>
      <div className="space-y-1">
        <Heading className="text-lg font-bold">
          {t(`kinds.${kind}`)}
          {required && (
            <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-slate-700">
              {t("uploader.required")}
            </span>
          )}
        </Heading>
        <p className="text-sm text-slate-600">{t(`kindHints.${kind}`)}</p>
      </div>

      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("uploader.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label={t("uploader.current")}>
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3" data-testid={`document-${d.id}`}>
              <div className="min-w-0 flex-1">
                <p className="break-all font-semibold">{d.fileName}</p>
                <p className="text-sm text-slate-600">
                  {typeLabel(d.mimeType)} · {size(d.size)}
                  {d.validUntil && <> · {t("uploader.validUntilValue", { date: d.validUntil.split("-").reverse().join(".") })}</>}
                  {d.source === "HEALTH_SYSTEM" && <> · {t("sources.HEALTH_SYSTEM")}</>}
                </p>
              </div>
              <div className="flex gap-3">
                <a
                  href={`/api/documents/${d.id}`}
                  target="_blank"
                  rel="noopener"
                  className="link"
                  aria-label={t("uploader.viewLabel", { name: d.fileName })}
                >
                  {t("uploader.view")}
                </a>
                {d.source === "UPLOADED" && (
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    aria-label={t("uploader.replaceLabel", { name: d.fileName })}
                    onClick={() => {
                      setReplacing(d);
                      setFailure(null);
                      setNotice(null);
                    }}
                  >
                    {t("uploader.replace")}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      {replacing && (
        <p className="flex flex-wrap items-center gap-3 rounded-md bg-brand-50 p-2 text-sm">
          <span>{t("uploader.replacing", { name: replacing.fileName })}</span>
          <button type="button" className="link" onClick={() => setReplacing(null)} disabled={busy}>
            {t("uploader.cancelReplace")}
          </button>
        </p>
      )}

      {kind === "PMPK" && canAdd && (
        <div>
          <label htmlFor={dateId} className="label">
            {t("uploader.validUntil")}
          </label>
          <p id={`${dateId}-hint`} className="mb-1 text-sm text-slate-600">
            {t("uploader.validUntilHint")}
          </p>
          <input
            id={dateId}
            type="date"
            required
            className="input max-w-xs"
            value={validUntil}
            aria-describedby={`${dateId}-hint`}
            onChange={(event) => setValidUntil(event.target.value)}
            data-testid="pmpk-valid-until"
          />
        </div>
      )}

      {canAdd ? (
        <div className="space-y-1">
          <label htmlFor={inputId} className="label">
            {documents.length > 0 && !replacing ? t("uploader.chooseAnother") : t("uploader.chooseFile")}
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-slate-600">
            {t("uploader.formats")}
          </p>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={UPLOAD_ACCEPT}
            disabled={busy}
            aria-describedby={`${inputId}-hint${failure ? ` ${errorId}` : ""}`}
            aria-invalid={failure ? true : undefined}
            className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:py-2.5 file:font-semibold file:text-white hover:file:bg-brand-700"
            onChange={(event) => void onFileChosen(event.target.files?.[0])}
            data-testid={`upload-input-${kind}`}
          />
        </div>
      ) : (
        !fromHealthSystem && <p className="text-sm text-slate-600">{t("uploader.limitReached", { max: MAX_CURRENT[kind] })}</p>
      )}

      {progress !== null && (
        <div className="space-y-1">
          <div
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            aria-label={t("uploader.uploading", { percent: progress })}
            className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
            data-testid="upload-progress"
          >
            <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${progress}%` }} />
          </div>
          <p className="text-sm text-slate-700">{t("uploader.uploading", { percent: progress })}</p>
        </div>
      )}

      {failure && (
        <p
          id={errorId}
          role="alert"
          className="rounded-md border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-800"
          data-testid="upload-error"
        >
          {errorText(failure)}
        </p>
      )}
      <p aria-live="polite" className="text-sm font-semibold text-green-800">
        {notice}
      </p>
    </section>
  );
}
