// How a person is named to someone who may not be that person: on the eGov mobile stand-in's
// refusal ("this document must be signed by …") and before the signer has proved who they are.
// (Their IIN is masked by lib/iin/mask.ts, the same mask the documents print.)

/** "Сәрсенбаев Ержан Төлеуұлы" → "С*** Ержан Т." (surname hidden, first name kept, initials). */
export function maskPersonName(fullName: string): string {
  const [surname, name, ...rest] = fullName.trim().split(/\s+/).filter(Boolean);
  if (!surname) return "***";
  const parts = [`${firstLetter(surname)}***`];
  if (name) parts.push(name);
  for (const part of rest) parts.push(`${firstLetter(part)}.`);
  return parts.join(" ");
}

function firstLetter(word: string): string {
  return Array.from(word)[0]?.toLocaleUpperCase() ?? "";
}
