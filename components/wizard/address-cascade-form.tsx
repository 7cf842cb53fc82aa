"use client";

import { useTranslations } from "next-intl";
import type { CascadeLevelView } from "@/lib/application/wizard-views";

type Props = {
  levels: CascadeLevelView[];
  /** Query parameters to keep (e.g. change=1). */
  keep?: Record<string, string>;
  submitLabel: string;
  testId?: string;
};

/**
 * Region → district → rural district → settlement as a GET form: each choice reloads the page
 * with the next level (without JavaScript, by the button). Lower picks that no longer fit are
 * dropped by the server.
 */
export function AddressCascadeForm({ levels, keep, submitLabel, testId }: Props) {
  const t = useTranslations("wizard");
  return (
    <form method="get" className="space-y-4" data-testid={testId}>
      {Object.entries(keep ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {levels.map((level, depth) => {
        const id = `u${depth}`;
        return (
          <div key={id}>
            <label htmlFor={id} className="label">
              {t(`choose.level.${level.levelKey}`)}
            </label>
            <select
              id={id}
              name={id}
              defaultValue={level.selectedId ?? ""}
              className="input"
              data-testid={`cascade-${depth}`}
              onChange={(event) => {
                // Lower levels belong to the old choice: drop them before reloading.
                const form = event.currentTarget.form;
                if (!form) return;
                for (let lower = depth + 1; lower < levels.length; lower++) {
                  const select = form.elements.namedItem(`u${lower}`);
                  if (select instanceof HTMLSelectElement) select.disabled = true;
                }
                form.requestSubmit();
              }}
            >
              <option value="">{t("chooseOption")}</option>
              {level.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <button type="submit" className="btn-secondary">
        {submitLabel}
      </button>
    </form>
  );
}
