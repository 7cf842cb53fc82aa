// Tiny but real files for the seeded applications' documents, made in code so the repository
// carries no binaries: a one-page PDF (forms 065/у and 052-2/у as the health system would send
// them) and a greyscale baseline JPEG (the 3×4 photo: a head-and-shoulders silhouette). Both open
// in a browser, so the back office's in-page previews show something real.

/** A one-page PDF with a few lines of Latin text (the built-in Helvetica has no Cyrillic). */
export function demoPdf(lines: readonly string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?");
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 24} Td (${escape(line)}) Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

// Baseline JPEG, one greyscale component, every 8×8 block flat: only DC coefficients are coded
// (differences with the standard luminance DC table), every AC run is an immediate end-of-block.
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

function dcCodes(): Map<number, { code: number; length: number }> {
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let k = 0;
  DC_BITS.forEach((count, i) => {
    for (let j = 0; j < count; j++) codes.set(DC_VALUES[k++] ?? 0, { code: code++, length: i + 1 });
    code <<= 1;
  });
  return codes;
}

class BitWriter {
  readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  write(value: number, length: number) {
    for (let i = length - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.n === 8) this.flushByte();
    }
  }
  private flushByte() {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0x00);
    this.acc = 0;
    this.n = 0;
  }
  finish(): number[] {
    while (this.n !== 0) this.write(1, 1);
    return this.bytes;
  }
}

const segment = (marker: number, payload: number[]) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];

/** A greyscale JPEG of `blocksWide` × `blocksHigh` flat 8×8 blocks; `shade(x, y)` gives 0–255 per block. */
export function demoJpeg(blocksWide: number, blocksHigh: number, shade: (x: number, y: number) => number): Uint8Array {
  const codes = dcCodes();
  const bits = new BitWriter();
  let previous = 0;
  for (let y = 0; y < blocksHigh; y++) {
    for (let x = 0; x < blocksWide; x++) {
      // Quantiser 8 on a flat block: the DC coefficient is the level-shifted value itself.
      const dc = Math.max(0, Math.min(255, Math.round(shade(x, y)))) - 128;
      const diff = dc - previous;
      previous = dc;
      const size = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const code = codes.get(size);
      if (!code) throw new RangeError(`DC difference ${diff} out of range`);
      bits.write(code.code, code.length);
      if (size > 0) bits.write(diff > 0 ? diff : diff + (1 << size) - 1, size);
      bits.write(0, 1); // end of block: the only AC symbol, code "0"
    }
  }
  const width = blocksWide * 8;
  const height = blocksHigh * 8;
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(8)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]),
    ...segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...bits.finish(),
    0xff,
    0xd9,
  ]);
}

/** The 3×4 photo: light background, a darker head and shoulders (96 × 128 pixels). */
export function demoPhoto(tone = 0): Uint8Array {
  return demoJpeg(12, 16, (x, y) => {
    const cx = x + 0.5 - 6;
    const head = cx * cx + (y + 0.5 - 5.5) ** 2 <= 7.5;
    const shoulders = y >= 10 && Math.abs(cx) <= 2 + (y - 10) * 0.9;
    return head || shoulders ? 105 + tone : 218 - tone;
  });
}
