import { describe, expect, it } from "@jest/globals";
import { changePasswordSchema } from "@/lib/auth/password-policy";

/** The error codes per field for a form submission by `login`. */
function problems(login: string, form: { currentPassword: string; newPassword: string; confirmPassword: string }) {
  const parsed = changePasswordSchema(login).safeParse(form);
  if (parsed.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (byField[String(issue.path[0])] ??= []).push(issue.message);
  return byField;
}

describe("a staff member's own password", () => {
  it("accepts letters and digits of 10 or more characters, Cyrillic included", () => {
    expect(
      problems("school63.admin", { currentPassword: "Qx7mK2pLw9Za", newPassword: "Мектеп2026жыл", confirmPassword: "Мектеп2026жыл" }),
    ).toEqual({});
  });

  it("names every problem by its field", () => {
    expect(problems("school63.admin", { currentPassword: "", newPassword: "short1", confirmPassword: "short2" })).toEqual({
      currentPassword: ["currentRequired"],
      newPassword: ["tooShort"],
      confirmPassword: ["mismatch"],
    });
    expect(
      problems("school63.admin", { currentPassword: "x", newPassword: "onlyletterslong", confirmPassword: "onlyletterslong" }),
    ).toEqual({
      newPassword: ["lettersAndDigits"],
    });
    expect(problems("school63.admin", { currentPassword: "x", newPassword: "1234567890123", confirmPassword: "1234567890123" })).toEqual({
      newPassword: ["lettersAndDigits"],
    });
  });

  it("refuses the login inside the password, whatever its case, and the password it replaces", () => {
    expect(
      problems("school63.admin", { currentPassword: "x", newPassword: "My-School63.Admin", confirmPassword: "My-School63.Admin" }),
    ).toEqual({
      newPassword: ["containsLogin"],
    });
    expect(
      problems("school63.admin", { currentPassword: "Temp2026Pass", newPassword: "Temp2026Pass", confirmPassword: "Temp2026Pass" }),
    ).toEqual({
      newPassword: ["sameAsCurrent"],
    });
  });

  it("refuses an absurdly long password instead of hashing it", () => {
    const long = `a1${"x".repeat(200)}`;
    expect(problems("school63.admin", { currentPassword: "x", newPassword: long, confirmPassword: long })).toEqual({
      newPassword: ["tooLong"],
    });
  });
});
