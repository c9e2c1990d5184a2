import { describe, expect, it } from "vitest";
import { readingProgress } from "./use-reading-progress.ts";

describe("readingProgress", () => {
  const viewport = 800;
  const height = 3000;

  it("is 0 until the article's top reaches the top of the viewport", () => {
    expect(readingProgress({ top: 400, height }, viewport)).toBe(0);
    expect(readingProgress({ top: 0, height }, viewport)).toBe(0);
  });

  it("grows with the part of the article scrolled past", () => {
    expect(readingProgress({ top: -1100, height }, viewport)).toBeCloseTo(0.5);
  });

  it("is 1 once the article's last line is visible, and stays there", () => {
    expect(readingProgress({ top: -(height - viewport), height }, viewport)).toBe(1);
    expect(readingProgress({ top: -5000, height }, viewport)).toBe(1);
  });

  it("treats a short article as read once all of it is in view", () => {
    expect(readingProgress({ top: 100, height: 500 }, viewport)).toBe(1);
    expect(readingProgress({ top: 500, height: 500 }, viewport)).toBe(0);
  });
});
