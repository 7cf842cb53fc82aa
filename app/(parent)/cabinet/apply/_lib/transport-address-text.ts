import "server-only";
import type { TransportAddress } from "@/lib/application/wizard-schemas";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { getAddressRegistry } from "@/lib/server/integrations/address-registry";

/** The entered actual address as one line: the registry's unit names, then street, house, flat. */
export async function transportAddressText(address: TransportAddress, locale: Locale): Promise<string> {
  const deepest = address.settlementId ?? address.ruralDistrictId ?? address.districtId;
  const units = await getAddressRegistry().unitPath(deepest);
  const parts = units.map((u) => pickName(u, locale));
  parts.push(address.street, locale === "kk" ? `${address.house} үй` : `дом ${address.house}`);
  if (address.apartment) parts.push(locale === "kk" ? `${address.apartment} пәтер` : `кв. ${address.apartment}`);
  return parts.join(", ");
}
