import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { dropAnimationFrames, installAnimationFrames } from "../animation-frames.ts";

// findBy… and waitFor wait for a condition; the limit only ends a test that would never get there, so it is
// generous enough for a machine under heavy load (the default, 1 s, is not).
configure({ asyncUtilTimeout: 15_000 });
installAnimationFrames();

// Noise fails tests: a React warning or a missing i18n key logged to the console is a bug.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(" ")}`);
  });
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.warn: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  cleanup();
  dropAnimationFrames();
  vi.restoreAllMocks();
});

// jsdom has no layout engine: give the few browser APIs the app calls a harmless stand-in.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub;
window.scrollTo = () => {};
window.scrollBy = () => {};
