import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

// The PDF built-in fonts have no Cyrillic, so documents use Noto Sans (SIL OFL, see
// fonts/OFL.txt), committed to the repository: a new machine need not have any system fonts.
// The paths are static literals relative to the working directory (the repository root for
// `next start`, jest and scripts): a dynamic path makes Next trace the whole project (STACK.md).

export const PDF_FONT = "Noto Sans";

const REGULAR = path.join(process.cwd(), "lib/server/pdf/fonts/NotoSans-Regular.ttf");
const BOLD = path.join(process.cwd(), "lib/server/pdf/fonts/NotoSans-Bold.ttf");

let checked = false;

/**
 * Registers the fonts afresh: new font sources, parsed again on the next render. Called before
 * every document (see render.ts for why a document must not reuse another's parsed fonts).
 */
export function registerPdfFonts(): void {
  if (!checked) {
    for (const file of [REGULAR, BOLD]) {
      if (!fs.existsSync(file)) throw new Error(`PDF font missing: ${file} (start the server from the repository root)`);
    }
    checked = true;
  }
  // Drop only our family (Font.clear() would also drop the built-in standard fonts).
  delete (Font.getRegisteredFonts() as Record<string, unknown>)[PDF_FONT];
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: REGULAR, fontWeight: 400 },
      { src: BOLD, fontWeight: 700 },
    ],
  });
  // No automatic hyphenation: its English rules would break Kazakh and Russian words wrongly.
  Font.registerHyphenationCallback((word) => [word]);
}
