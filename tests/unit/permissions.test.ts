import { describe, expect, it } from "@jest/globals";
import { ACTIONS, area, can, DISTRICT_ROLES, PERMISSIONS, ROLES, SCHOOL_ROLES, type Action, type Role } from "@/lib/auth/permissions";

const allowed = (role: Role): Action[] => ACTIONS.filter((a) => can(role, a));

describe("can", () => {
  it("parents only act on their own applications and children", () => {
    expect(allowed("PARENT").sort()).toEqual(["application:apply", "application:view-own", "application:withdraw", "child:consent"].sort());
  });

  it("the school administrator runs settings and staff, but decides nothing and keeps no calendar", () => {
    expect(can("ADMINISTRATOR", "school:edit-settings")).toBe(true);
    expect(can("ADMINISTRATOR", "school:edit-campaign")).toBe(true);
    expect(can("ADMINISTRATOR", "staff:manage")).toBe(true);
    // The holiday calendar is national: the region (ministry) administrator's alone.
    expect(can("ADMINISTRATOR", "calendar:edit")).toBe(false);
    expect(can("ADMINISTRATOR", "application:review")).toBe(false);
    expect(can("ADMINISTRATOR", "application:decide")).toBe(false);
    expect(can("ADMINISTRATOR", "application:list-school")).toBe(false);
  });

  it("the director assigns services, reviews and decides", () => {
    for (const action of ["service:assign", "application:list-school", "application:review", "application:decide"] as const) {
      expect(can("DIRECTOR", action)).toBe(true);
    }
    expect(can("DIRECTOR", "staff:manage")).toBe(false);
    expect(can("DIRECTOR", "school:edit-settings")).toBe(false);
  });

  it("the executor reviews but does not decide or assign", () => {
    expect(can("EXECUTOR", "application:review")).toBe(true);
    expect(can("EXECUTOR", "application:list-school")).toBe(true);
    expect(can("EXECUTOR", "application:decide")).toBe(false);
    expect(can("EXECUTOR", "service:assign")).toBe(false);
  });

  it("other school roles only view the school and its staff", () => {
    for (const role of [
      "DEPUTY_DIRECTOR_ACADEMIC",
      "DEPUTY_DIRECTOR_UPBRINGING",
      "SOCIAL_PEDAGOGUE",
      "PSYCHOLOGIST",
      "HR",
      "METHODOLOGIST",
      "MEDICAL_WORKER",
    ] as const) {
      expect(allowed(role).sort()).toEqual(["school:view-profile", "staff:view"]);
    }
  });

  it("every school role sees the school profile; no school role touches district or region", () => {
    for (const role of SCHOOL_ROLES) {
      expect(can(role, "school:view-profile")).toBe(true);
      expect(allowed(role).some((a) => a.startsWith("district:") || a.startsWith("region:"))).toBe(false);
      expect(can(role, "application:apply")).toBe(false);
    }
  });

  it("district office: the administrator also manages staff, the officer does not", () => {
    expect(allowed("DISTRICT_ADMINISTRATOR").sort()).toEqual(
      ["district:edit-catchments", "district:staff-manage", "district:view-catchments", "district:view-overview"].sort(),
    );
    expect(can("DISTRICT_OFFICER", "district:edit-catchments")).toBe(true);
    expect(can("DISTRICT_OFFICER", "district:staff-manage")).toBe(false);
    expect(can("DISTRICT_OFFICER", "school:view-profile")).toBe(false);
  });

  it("the holiday calendar is national: only the region administrator edits it", () => {
    expect((Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((role) => can(role, "calendar:edit"))).toEqual([
      "REGION_ADMINISTRATOR",
    ]);
  });

  it("the region administrator sets opening dates and the calendar", () => {
    expect(allowed("REGION_ADMINISTRATOR").sort()).toEqual(["calendar:edit", "region:edit-opening"]);
  });

  it("nobody but a parent can apply", () => {
    expect(ROLES.filter((r) => can(r, "application:apply"))).toEqual(["PARENT"]);
  });
});

describe("area and role lists", () => {
  it("puts every role in exactly one area", () => {
    expect(area("PARENT")).toBe("parent");
    for (const role of SCHOOL_ROLES) expect(area(role)).toBe("staff");
    for (const role of DISTRICT_ROLES) expect(area(role)).toBe("district");
    expect(area("REGION_ADMINISTRATOR")).toBe("region");
    expect(SCHOOL_ROLES.length + DISTRICT_ROLES.length + 2).toBe(ROLES.length);
  });
});
