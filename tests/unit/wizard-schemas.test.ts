import { describe, expect, it } from "@jest/globals";
import { makeIin } from "@/lib/iin/iin";
import {
  checkDocuments,
  childStepSchema,
  completeAnswersSchema,
  documentsSchema,
  normalisePhone,
  schoolSchema,
  stepSchemas,
  transportAnswerSchema,
  transportSchema,
  validateDraftAnswers,
} from "@/lib/application/wizard-schemas";
import { fieldErrorsOf, isTicked, yesNo } from "@/lib/forms";

const childIin = makeIin("2020-03-14", "MALE", 130) ?? makeIin("2020-03-14", "MALE", 131)!;

const address = { regionId: "kz-krg", districtId: "krg-kazybek", street: "Ержанов көшесі", house: "18" };

const complete = {
  applicant: {},
  child: { iin: childIin, specialNeeds: false },
  school: { byCatchment: true, schoolId: "sch-krg-63", language: "KK", classType: "GENERAL" },
  documents: { dataCorrect: true, externalDataConsent: true },
};

function errorsOf(result: { success: boolean; error?: unknown }) {
  return result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("step 1 schema (P-3)", () => {
  it("accepts a valid child IIN and no extra phone", () => {
    expect(childStepSchema.safeParse({ applicant: {}, child: { iin: childIin, specialNeeds: true } }).success).toBe(true);
  });

  it("treats an empty extra phone as none and normalises a written one", () => {
    const parsed = childStepSchema.parse({ applicant: { extraPhone: "  " }, child: { iin: childIin, specialNeeds: false } });
    expect(parsed.applicant.extraPhone).toBeUndefined();
    const written = childStepSchema.parse({
      applicant: { extraPhone: "8 (701) 123-45-67" },
      child: { iin: childIin, specialNeeds: false },
    });
    expect(written.applicant.extraPhone).toBe("+77011234567");
  });

  it("refuses a malformed phone and a missing or invalid child, naming each field", () => {
    const result = childStepSchema.safeParse({ applicant: { extraPhone: "12345" }, child: { iin: "123456789012", specialNeeds: false } });
    expect(errorsOf(result)).toEqual({ "applicant.extraPhone": ["phoneFormat"], "child.iin": ["childRequired"] });
    expect(errorsOf(childStepSchema.safeParse({ applicant: {}, child: { specialNeeds: false } }))).toEqual({
      "child.iin": ["childRequired"],
    });
  });
});

describe("step 2 schema (P-4, P-4a)", () => {
  it("needs the way, the school, a language and a class type", () => {
    const result = schoolSchema.safeParse({});
    expect(Object.keys(errorsOf(result)).sort()).toEqual(["byCatchment", "classType", "language", "schoolId"]);
  });

  it("refuses a language the service does not know", () => {
    expect(schoolSchema.safeParse({ ...complete.school, language: "DE" }).success).toBe(false);
  });

  it("asks for the address only when transport is needed and the parent lives elsewhere", () => {
    expect(transportSchema.safeParse({ needed: false, sameAsRegistration: true }).success).toBe(true);
    expect(transportSchema.safeParse({ needed: true, sameAsRegistration: true, address: null }).success).toBe(true);
    expect(errorsOf(transportSchema.safeParse({ needed: true, sameAsRegistration: false }))).toEqual({ address: ["addressRequired"] });
    expect(transportSchema.safeParse({ needed: true, sameAsRegistration: false, address }).success).toBe(true);
  });

  it("needs region, district, street and house of the actual address; rural district, settlement and flat are optional", () => {
    const result = transportSchema.safeParse({ needed: true, sameAsRegistration: false, address: { street: " ", house: "" } });
    expect(errorsOf(result)).toEqual({
      "address.regionId": ["regionRequired"],
      "address.districtId": ["districtRequired"],
      "address.street": ["streetRequired"],
      "address.house": ["houseRequired"],
    });
    const rural = {
      ...address,
      regionId: "kz-sko",
      districtId: "sko-mzh",
      ruralDistrictId: "mzh-karakoga-ro",
      settlementId: "mzh-karakoga",
      apartment: "",
    };
    const parsed = transportSchema.parse({ needed: true, sameAsRegistration: false, address: rural });
    expect(parsed.address?.apartment).toBeUndefined();
  });

  it("the transport page asks the second question only after a yes", () => {
    expect(errorsOf(transportAnswerSchema.safeParse({}))).toEqual({ needed: ["transportNeededRequired"] });
    expect(errorsOf(transportAnswerSchema.safeParse({ needed: true }))).toEqual({ sameAsRegistration: ["sameAddressRequired"] });
    expect(transportAnswerSchema.safeParse({ needed: false }).success).toBe(true);
  });
});

describe("step 3 schema (P-5)", () => {
  it("needs both consents ticked", () => {
    expect(errorsOf(documentsSchema.safeParse({ dataCorrect: false, externalDataConsent: false }))).toEqual({
      dataCorrect: ["dataCorrectRequired"],
      externalDataConsent: ["externalDataConsentRequired"],
    });
    expect(documentsSchema.safeParse({ dataCorrect: true, externalDataConsent: true }).success).toBe(true);
  });
});

describe("checkDocuments (P-5)", () => {
  const today = "2026-07-06";
  const base = [
    { kind: "PHOTO" as const, validUntil: null },
    { kind: "PHOTO" as const, validUntil: null },
    { kind: "F065" as const, validUntil: null },
    { kind: "F052" as const, validUntil: null },
  ];

  it("two photos and both health forms are enough without special needs", () => {
    expect(checkDocuments(base, false, today)).toEqual({ ok: true, missing: [], photos: 2 });
  });

  it("names what is missing: the second photo, the forms", () => {
    expect(checkDocuments([base[0]!], false, today).missing).toEqual(["PHOTO", "F065", "F052"]);
  });

  it("needs the PMPK conclusion, with a validity date not in the past, only with special needs", () => {
    expect(checkDocuments(base, true, today).missing).toEqual(["PMPK"]);
    expect(checkDocuments([...base, { kind: "PMPK", validUntil: null }], true, today).missing).toEqual(["PMPK_VALIDITY"]);
    expect(checkDocuments([...base, { kind: "PMPK", validUntil: "2026-07-05" }], true, today).missing).toEqual(["PMPK_EXPIRED"]);
    expect(checkDocuments([...base, { kind: "PMPK", validUntil: "2026-07-06" }], true, today).ok).toBe(true);
    expect(checkDocuments([...base, { kind: "PMPK", validUntil: "2025-01-01" }], false, today).ok).toBe(true);
  });
});

describe("validateDraftAnswers", () => {
  it("accepts complete answers and returns them typed", () => {
    const result = validateDraftAnswers(complete);
    expect(result).toEqual({ ok: true, answers: completeAnswersSchema.parse(complete) });
  });

  it("names the first step that is not complete", () => {
    expect(validateDraftAnswers({})).toEqual({ ok: false, firstIncompleteStep: "child" });
    expect(validateDraftAnswers(null)).toEqual({ ok: false, firstIncompleteStep: "child" });
    expect(validateDraftAnswers({ ...complete, school: { byCatchment: true } })).toEqual({ ok: false, firstIncompleteStep: "school" });
    expect(validateDraftAnswers({ ...complete, documents: { dataCorrect: true } })).toEqual({
      ok: false,
      firstIncompleteStep: "documents",
    });
    const transportWithoutAddress = { ...complete, school: { ...complete.school, transport: { needed: true, sameAsRegistration: false } } };
    expect(validateDraftAnswers(transportWithoutAddress)).toEqual({ ok: false, firstIncompleteStep: "school" });
  });

  it("has one schema per answering step", () => {
    expect(Object.keys(stepSchemas)).toEqual(["child", "school", "documents"]);
  });
});

describe("form helpers", () => {
  it("reads checkboxes and yes/no radios", () => {
    expect(isTicked("on")).toBe(true);
    expect(isTicked(null)).toBe(false);
    expect(yesNo("yes")).toBe(true);
    expect(yesNo("no")).toBe(false);
    expect(yesNo(null)).toBeUndefined();
    expect(normalisePhone("+7 777 000 11 22")).toBe("+77770001122");
  });
});
