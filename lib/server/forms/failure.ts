import "server-only";
import { getTranslations } from "next-intl/server";
import { failed, type ActionFailure, type FieldErrors, type FormMessage, type FormValues } from "@/lib/forms";

type Params = Record<string, string | number>;

/**
 * The one way a server action says "no": codes (catalogue keys under `namespace`, e.g.
 * "boReview.errors") become messages in the reader's language on the server, so every form
 * shows what it is given. A text that is not a key (already translated) passes through.
 */
export async function failure(
  namespace: string,
  {
    fieldErrors = {},
    formError,
    values = {},
    params,
  }: { fieldErrors?: FieldErrors; formError?: string | FormMessage; values?: FormValues; params?: Params } = {},
): Promise<ActionFailure> {
  const t = await translator(namespace);
  const translated: FieldErrors = {};
  for (const [field, codes] of Object.entries(fieldErrors)) translated[field] = [...new Set(codes)].map((code) => t(code, params));
  const message = typeof formError === "string" ? { message: t(formError, params) } : formError;
  return failed(translated, message, values);
}

/** A translator for one namespace that leaves unknown keys as they are. */
export async function translator(namespace: string): Promise<(code: string, params?: Params) => string> {
  const t = await getTranslations(namespace);
  return (code, params) => (t.has(code) ? t(code, params) : code);
}
