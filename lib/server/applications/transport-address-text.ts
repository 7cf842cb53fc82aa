import "server-only";
import type { TransportAddress } from "@/lib/application/wizard-schemas";
import { addressLine } from "@/lib/address/address-line";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { getAddressRegistry } from "@/lib/server/integrations/address-registry";

/** The entered actual address as one line: the registry's unit names, then street, house, flat. */
export async function transportAddressText(address: TransportAddress, locale: Locale): Promise<string> {
  const deepest = address.settlementId ?? address.ruralDistrictId ?? address.districtId;
  const units = await getAddressRegistry().unitPath(deepest);
  return addressLine(
    { units: units.map((u) => pickName(u, locale)), street: address.street, house: address.house, apartment: address.apartment },
    locale,
  );
}
