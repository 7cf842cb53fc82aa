import zlib from "node:zlib";

// A small text extractor for the PDFs this product renders (react-pdf/pdfkit output: Flate
// streams, Type0 fonts with Identity-H encoding and a ToUnicode map per font). Tests use it to
// check that a document really says what it should, without poppler on the machine. Not a
// general PDF parser: no object streams, no encryption, no other encodings.

type PdfObject = { dict: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    let dict = body;
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + body.slice(streamAt).match(/stream\r?\n/)![0].length;
      const dataEnd = text.indexOf("endstream", dataStart);
      const raw = pdf.subarray(dataStart, dataEnd);
      stream = /\/FlateDecode/.test(dict) ? inflate(raw) : raw;
    }
    objects.set(Number(match[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

function inflate(raw: Buffer): Buffer {
  try {
    return zlib.inflateSync(raw);
  } catch {
    return zlib.inflateSync(raw.subarray(0, raw.length - 1));
  }
}

// Hex strings may hold white space: a ligature maps to two code units, "<0066 0066>" for "ff".
const hexToCodes = (hex: string) => (hex.replace(/\s+/g, "").match(/[0-9a-fA-F]{4}/g) ?? []).map((h) => parseInt(h, 16));
const hexToText = (hex: string) => String.fromCodePoint(...hexToCodes(hex));

/** A ToUnicode CMap: glyph code → text. */
export function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(line[1]!, 16);
      const to = parseInt(line[2]!, 16);
      const target = line[3]!;
      if (target.startsWith("[")) {
        const items = [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((m) => hexToText(m[1]!));
        items.forEach((t, i) => map.set(from + i, t));
      } else {
        const first = hexToCodes(target.slice(1, -1));
        for (let code = from; code <= to; code++) {
          const last = first.length - 1;
          map.set(code, String.fromCodePoint(...first.slice(0, last), first[last]! + (code - from)));
        }
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(line[1]!, 16), hexToText(line[2]!));
  }
  return map;
}

/** The text of every page, one line per text run. */
export function extractPdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  // Font resource name (/F1) → glyph map, from the fonts' ToUnicode streams.
  const fontMaps = new Map<string, Map<number, string>>();
  const fontObjects = new Map<number, Map<number, string>>();
  for (const [id, object] of objects) {
    const toUnicode = object.dict.match(/\/ToUnicode (\d+) 0 R/);
    const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
    if (cmap) fontObjects.set(id, parseCMap(cmap.toString("latin1")));
  }
  for (const object of objects.values()) {
    const fonts = object.dict.match(/\/Font\s*<<([^>]*)>>/);
    if (!fonts) continue;
    for (const entry of fonts[1]!.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
      const map = fontObjects.get(Number(entry[2]));
      if (map) fontMaps.set(entry[1]!, map);
    }
  }

  // react-pdf draws every run of a line in its own BT…ET block, moved right by a `1 0 0 1 dx 0 cm`;
  // a new line starts with a translation that moves down (non-zero y). Runs of one line are
  // joined as they are (spaces are real glyphs), lines are separated by a line break.
  let out = "";
  for (const object of objects.values()) {
    if (!object.stream || !/\bBT\b/.test(object.stream.toString("latin1"))) continue;
    const content = object.stream.toString("latin1");
    let font: Map<number, string> | undefined;
    // The font is graphics state: `q` saves it and `Q` restores it, across BT…ET blocks.
    const saved: (Map<number, string> | undefined)[] = [];
    let newLine = true;
    const decode = (hex: string) =>
      hexToCodes(hex)
        .map((c) => font?.get(c) ?? "")
        .join("");
    const emit = (text: string) => {
      if (newLine && out) out += "\n";
      newLine = false;
      out += text;
    };
    const ops =
      /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) cm|\/(\S+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|(?<=^|\s)([qQ])(?=\s|$)/g;
    for (const op of content.matchAll(ops)) {
      if (op[10] === "q") saved.push(font);
      else if (op[10] === "Q") font = saved.pop();
      else if (op[1] !== undefined) {
        const [a, b, c, d, , f] = op.slice(1, 7).map(Number);
        if (a === 1 && b === 0 && c === 0 && d === 1 && f !== 0) newLine = true;
      } else if (op[7]) font = fontMaps.get(op[7]);
      else if (op[8] !== undefined) emit([...op[8].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decode(m[1]!)).join(""));
      else if (op[9] !== undefined) emit(decode(op[9]));
    }
    newLine = true;
    out += "\n";
  }
  return out.trim();
}
