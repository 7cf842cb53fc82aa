// Pure parts of the school back office: list filters, temporary passwords, the suggested role,
// the term column and its business "now", and the seed's demo files.
import { describe, expect, it } from "@jest/globals";
import { filtersToQuery, parseListFilters } from "@/lib/application/list-filters";
import { temporaryPassword } from "@/lib/server/staff/temporary-password";
import { suggestRole } from "@/lib/server/staff/suggest-role";
import { termOf } from "@/lib/server/applications/term";
import { businessNow } from "@/lib/server/clock";
import { demoJpeg, demoPdf, demoPhoto } from "@/prisma/seed/applications-files";

const almaty = (local: string) => new Date(`${local}:00+05:00`);

describe("S-5 list filters", () => {
  it("reads the GET parameters, ignoring what is malformed", () => {
    expect(parseListFilters({})).toEqual({ sort: "date", dir: "desc", page: 1 });
    expect(
      parseListFilters({
        name: "  Иманғалиева ",
        number: "12",
        iin: "2002",
        service: "FIRST_GRADE",
        status: "UNDER_REVIEW",
        sort: "term",
        dir: "asc",
        page: "3",
      }),
    ).toEqual({
      name: "Иманғалиева",
      number: 12,
      iin: "2002",
      service: "FIRST_GRADE",
      status: "UNDER_REVIEW",
      sort: "term",
      dir: "asc",
      page: 3,
    });
    expect(parseListFilters({ number: "abc", iin: "12-34", status: "DRAFT", sort: "hack", dir: "up", page: "-1", service: "X" })).toEqual({
      sort: "date",
      dir: "desc",
      page: 1,
    });
    expect(parseListFilters({ status: ["ACCEPTED", "REJECTED"], name: "" })).toEqual({
      status: "ACCEPTED",
      sort: "date",
      dir: "desc",
      page: 1,
    });
  });

  it("writes filters back as a query, leaving the defaults out", () => {
    expect(filtersToQuery({ sort: "date", dir: "desc", page: 1 })).toBe("");
    const query = filtersToQuery({ name: "Ли", status: "ACCEPTED", sort: "number", dir: "asc", page: 2 });
    expect(parseListFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual({
      name: "Ли",
      status: "ACCEPTED",
      sort: "number",
      dir: "asc",
      page: 2,
    });
  });
});

describe("S-1 temporary passwords", () => {
  it("are 12 unambiguous characters mixing upper case, lower case and digits, never repeated", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = temporaryPassword();
      expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{12}$/);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[2-9]/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});

describe("S-1 suggested role on import", () => {
  it.each([
    ["Педагог-психолог", "PSYCHOLOGIST"],
    ["Социальный педагог", "SOCIAL_PEDAGOGUE"],
    ["Методист", "METHODOLOGIST"],
    ["Специалист по кадрам", "HR"],
    ["Фельдшер", "MEDICAL_WORKER"],
    ["Заместитель директора по воспитательной работе", "DEPUTY_DIRECTOR_UPBRINGING"],
    ["Заместитель директора по учебной работе", "DEPUTY_DIRECTOR_ACADEMIC"],
    ["Учитель начальных классов", "EXECUTOR"],
    // Who signs decisions is never guessed.
    ["Директор", "EXECUTOR"],
  ])("%s → %s", (position, role) => {
    expect(suggestRole(position)).toBe(role);
  });
});

describe("S-8 term column", () => {
  const calendar = [{ date: "2026-07-06", kind: "HOLIDAY" as const }];
  const now = almaty("2026-07-06T12:00");

  it("is on time until the working day is used up, counting from the next working morning", () => {
    const friday = { status: "UNDER_REVIEW" as const, submittedAt: almaty("2026-07-03T19:40"), decidedAt: null };
    expect(termOf(friday, calendar, now)).toEqual({ state: "ON_TIME", dueAt: almaty("2026-07-07T18:30") });
    expect(termOf(friday, calendar, almaty("2026-07-07T18:31"))?.state).toBe("OVERDUE");
  });

  it("stops at the decision, and has no term for a withdrawal or a draft", () => {
    const decidedLate = { status: "ACCEPTED" as const, submittedAt: almaty("2026-07-01T10:15"), decidedAt: almaty("2026-07-02T11:00") };
    expect(termOf(decidedLate, calendar, now)?.state).toBe("OVERDUE");
    const decidedInTime = { ...decidedLate, decidedAt: almaty("2026-07-02T10:00") };
    expect(termOf(decidedInTime, calendar, now)?.state).toBe("ON_TIME");
    expect(termOf({ ...decidedLate, status: "WITHDRAWN", decidedAt: null }, calendar, now)).toBeNull();
    expect(termOf({ status: "DRAFT", submittedAt: null, decidedAt: null }, calendar, now)).toBeNull();
  });

  it("counts a decision from after 'now' (a demo on APP_TODAY) as taken now", () => {
    const friday = { status: "ACCEPTED" as const, submittedAt: almaty("2026-07-03T19:40"), decidedAt: new Date("2026-11-22T04:30:00Z") };
    expect(termOf(friday, calendar, now)?.state).toBe("ON_TIME");
  });

  it("counts 'now' as APP_TODAY at the current Almaty time of day in demos, else the real instant", () => {
    const real = new Date("2026-11-22T04:30:00Z"); // 09:30 in Almaty
    expect(businessNow(real, "2026-07-06")).toEqual(almaty("2026-07-06T09:30"));
    expect(businessNow(real, null)).toEqual(real);
  });
});

describe("seeded demo files", () => {
  it("makes a PDF whose cross-reference table is where the trailer says", () => {
    const text = new TextDecoder().decode(demoPdf(["Form 065/u", "Ünïcode (kept as ?)"]));
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe("xref");
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    expect(text).toContain("(Form 065/u)");
  });

  it("makes a baseline JPEG of the asked size", () => {
    const bytes = demoJpeg(2, 3, () => 128);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
    const sof = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc0);
    expect((bytes[sof + 5]! << 8) | bytes[sof + 6]!).toBe(24); // height
    expect((bytes[sof + 7]! << 8) | bytes[sof + 8]!).toBe(16); // width
    expect(demoPhoto().length).toBeLessThan(1024);
  });
});
