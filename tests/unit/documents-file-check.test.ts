import { describe, expect, it } from "@jest/globals";
import { MAX_FILE_BYTES, checkUpload, sniffFileType } from "@/lib/documents/file-check";
import { maskIin } from "@/lib/iin/mask";

// P-5: PDF, JPG or JPEG, at most 5 MB, judged by content — never by the name.

const pdf = (size = 64) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
};
const jpeg = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe("sniffFileType", () => {
  it("recognises PDF and JPEG by their first bytes", () => {
    expect(sniffFileType(pdf())).toBe("application/pdf");
    expect(sniffFileType(jpeg())).toBe("image/jpeg");
  });

  it("a PDF renamed photo.jpg is still a PDF: there is no name to be fooled by", () => {
    const file = new File([pdf()], "photo.jpg", { type: "image/jpeg" });
    return file.arrayBuffer().then((buffer) => expect(sniffFileType(new Uint8Array(buffer))).toBe("application/pdf"));
  });

  it("refuses PNG, text, HTML pretending to be PDF, and truncated magic", () => {
    expect(sniffFileType(png)).toBeNull();
    expect(sniffFileType(new TextEncoder().encode("hello"))).toBeNull();
    expect(sniffFileType(new TextEncoder().encode("<html>%PDF-1.4"))).toBeNull();
    expect(sniffFileType(new TextEncoder().encode("%PDF"))).toBeNull();
    expect(sniffFileType(Uint8Array.from([0xff, 0xd8]))).toBeNull();
    expect(sniffFileType(new Uint8Array(0))).toBeNull();
  });
});

describe("checkUpload", () => {
  it("accepts a file of exactly 5 MB and refuses one byte more", () => {
    expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(checkUpload(pdf(MAX_FILE_BYTES))).toEqual({ ok: true, type: "application/pdf" });
    expect(checkUpload(jpeg(MAX_FILE_BYTES))).toEqual({ ok: true, type: "image/jpeg" });
    expect(checkUpload(pdf(MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: "TOO_LARGE" });
  });

  it("names the problem: empty, wrong type", () => {
    expect(checkUpload(new Uint8Array(0))).toEqual({ ok: false, error: "EMPTY" });
    expect(checkUpload(png)).toEqual({ ok: false, error: "WRONG_TYPE" });
  });

  it("reports a huge file of the wrong type as too large", () => {
    expect(checkUpload(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: "TOO_LARGE" });
  });
});

describe("maskIin", () => {
  it("keeps only the last three digits", () => {
    expect(maskIin("920415400123")).toBe("*********123");
  });
});
