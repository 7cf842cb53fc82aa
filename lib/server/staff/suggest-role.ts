import "server-only";
import type { SchoolRole } from "@/lib/auth/permissions";

/**
 * A starting role from the position text of the school information system; the administrator
 * confirms or changes it (S-1: roles are always given by a person). Directors are never
 * suggested: who signs decisions is too important to guess.
 */
export function suggestRole(position: string): SchoolRole {
  const p = position.toLowerCase();
  if (p.includes("психолог")) return "PSYCHOLOGIST" as const;
  if (p.includes("социальн")) return "SOCIAL_PEDAGOGUE" as const;
  if (p.includes("методист")) return "METHODOLOGIST" as const;
  if (p.includes("кадр")) return "HR" as const;
  if (p.includes("медиц") || p.includes("фельдшер") || p.includes("медсестр")) return "MEDICAL_WORKER" as const;
  if (p.includes("воспитательн")) return "DEPUTY_DIRECTOR_UPBRINGING" as const;
  if (p.includes("учебн")) return "DEPUTY_DIRECTOR_ACADEMIC" as const;
  return "EXECUTOR" as const;
}
