import { fieldId } from "@/lib/forms";

/** A focusable target for the error summary when the "field" is a group of controls elsewhere. */
export function FieldAnchor({ name }: { name: string }) {
  return <span id={fieldId(name)} tabIndex={-1} className="block focus:outline-none" />;
}
