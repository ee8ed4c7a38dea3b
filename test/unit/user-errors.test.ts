import { describe, expect, it } from "vitest";
import { fieldLabel, notFoundError, UserErrors } from "../../src/domain/user-errors.js";

describe("UserErrors", () => {
  it("starts empty", () => {
    const errors = new UserErrors();
    expect(errors.empty).toBe(true);
    expect(errors.list).toEqual([]);
    expect(errors.has("name")).toBe(false);
  });

  it("keeps every problem in order, with its field as a path", () => {
    const errors = new UserErrors();
    errors.add("name", "BLANK", "The name field must not be blank.");
    errors.add(["customFields", "rack"], "INVALID", "bad");
    errors.add(null, "UNREACHABLE", "down");
    expect(errors.empty).toBe(false);
    expect(errors.list).toEqual([
      { field: ["name"], code: "BLANK", message: "The name field must not be blank." },
      { field: ["customFields", "rack"], code: "INVALID", message: "bad" },
      { field: null, code: "UNREACHABLE", message: "down" },
    ]);
  });

  it("tells whether a top-level field already has a problem", () => {
    const errors = new UserErrors();
    errors.add(["customFields", "rack"], "INVALID", "bad");
    errors.add(null, "TIMEOUT", "slow");
    expect(errors.has("customFields")).toBe(true);
    expect(errors.has("rack")).toBe(false);
    expect(errors.has("name")).toBe(false);
  });
});

describe("notFoundError", () => {
  it("points at the id without quoting it", () => {
    expect(notFoundError("Proxmox endpoint")).toEqual({ field: ["id"], code: "NOT_FOUND", message: "No Proxmox endpoint has this ID." });
  });
});

describe("fieldLabel", () => {
  it("names a field or a path as the subject of a sentence, never bare at its start", () => {
    expect(fieldLabel("domain")).toBe("The domain field");
    expect(fieldLabel(["customFields", "rack", "0"])).toBe("The customFields.rack.0 field");
  });
});
