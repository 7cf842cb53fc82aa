import "server-only";
import { getLocale } from "next-intl/server";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { getAddressRegistry, type AddressUnitInfo } from "@/lib/server/integrations/address-registry";
import { resolveCascade, type Cascade } from "@/lib/server/catchments/address-cascade";
import type { CascadeLevelView } from "@/lib/application/wizard-views";

type SearchParams = Record<string, string | string[] | undefined>;

const MAX_DEPTH = 6;

function levelKey(options: AddressUnitInfo[]): CascadeLevelView["levelKey"] {
  if (options.some((o) => o.level === "RURAL_DISTRICT")) return "RURAL_DISTRICT";
  const level = options[0]?.level ?? "REGION";
  return level === "CITY" ? "DISTRICT" : level;
}

/**
 * The cascade as the query string (u0, u1, …) has it, or — on first arrival — as the unit the
 * draft already points at (the chosen school's unit, the entered address's deepest unit).
 */
export async function cascadeView(
  searchParams: SearchParams,
  fallbackUnitId?: string | null,
): Promise<{ cascade: Cascade; levels: CascadeLevelView[] }> {
  let chosen = Array.from({ length: MAX_DEPTH }, (_, i) => {
    const value = searchParams[`u${i}`];
    return typeof value === "string" ? value : undefined;
  });
  if (chosen.every((c) => !c) && fallbackUnitId) {
    chosen = (await getAddressRegistry().unitPath(fallbackUnitId)).map((u) => u.id);
  }
  const cascade = await resolveCascade(chosen);
  const locale = (await getLocale()) as Locale;
  const levels = cascade.levels.map((level) => ({
    levelKey: levelKey(level.options),
    options: level.options.map((o) => ({ id: o.id, name: pickName(o, locale) })),
    selectedId: level.selectedId,
  }));
  return { cascade, levels };
}
