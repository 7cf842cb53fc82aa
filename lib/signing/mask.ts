// How a person is named to someone who may not be that person: on the eGov mobile stand-in's
// refusal ("this document must be signed by …") and before the signer has proved who they are.

/** "Сәрсенбаев Ержан Төлеуұлы" → "С*** Ержан Т." (surname hidden, first name kept, initials). */
export function maskPersonName(fullName: string): string {
  const [surname, name, ...rest] = fullName.trim().split(/\s+/).filter(Boolean);
  if (!surname) return "***";
  const parts = [`${firstLetter(surname)}***`];
  if (name) parts.push(name);
  for (const part of rest) parts.push(`${firstLetter(part)}.`);
  return parts.join(" ");
}

/** "880101300123" → "8801******23". */
export function maskIin(iin: string): string {
  return iin.length === 12 ? `${iin.slice(0, 4)}******${iin.slice(-2)}` : "************";
}

function firstLetter(word: string): string {
  return Array.from(word)[0]?.toLocaleUpperCase() ?? "";
}
