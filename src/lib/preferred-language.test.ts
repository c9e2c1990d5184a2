import { afterEach, describe, expect, it, vi } from "vitest";
import { pickLanguage, preferredLanguage, rememberLanguage } from "./preferred-language.ts";

afterEach(() => {
  localStorage.clear();
});

describe("pickLanguage", () => {
  it("prefers the remembered choice", () => {
    expect(pickLanguage("en", ["de-DE"], ["de", "en"])).toBe("en");
  });

  it("else takes the first browser language the site has, regional variants included", () => {
    expect(pickLanguage(null, ["fr-FR", "en-GB", "de"], ["de", "en"])).toBe("en");
    expect(pickLanguage(null, ["de-AT"], ["de", "en"])).toBe("de");
  });

  it("else falls back to the original language", () => {
    expect(pickLanguage(null, ["fr", "ja"], ["de", "en"])).toBe("de");
    expect(pickLanguage("xx", [], ["de", "en"])).toBe("de");
  });
});

describe("the remembered language", () => {
  it("round-trips through localStorage", () => {
    rememberLanguage("en");
    expect(preferredLanguage()).toBe("en");
  });

  it("ignores a corrupted value", () => {
    localStorage.setItem("language", '{"broken');
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-US"]);
    expect(preferredLanguage()).toBe("en");
  });

  it("survives storage that throws on every access, remembering for this page's lifetime", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-US"]);
    expect(() => rememberLanguage("de")).not.toThrow();
    expect(preferredLanguage()).toBe("de");
  });
});
