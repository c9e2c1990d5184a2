import { act } from "@testing-library/react";

// In unit and component tests, animation frames run when a test asks for them, never on the machine's clock:
// a measurement that lands before or after an assertion depending on the machine's speed (or outside React's
// act()) would make the test pass or fail by chance. tests/setup/setup-test-env.ts installs this.
const queued = new Map<number, FrameRequestCallback>();
let lastId = 0;

export function installAnimationFrames(): void {
  globalThis.requestAnimationFrame = (callback) => {
    queued.set(++lastId, callback);
    return lastId;
  };
  globalThis.cancelAnimationFrame = (id) => {
    queued.delete(id);
  };
}

export function dropAnimationFrames(): void {
  queued.clear();
}

/** Runs the frame that the page has asked for (what a browser does before its next paint), inside act(). */
export function nextAnimationFrame(): void {
  act(() => {
    const callbacks = [...queued.values()];
    queued.clear();
    const now = performance.now();
    for (const callback of callbacks) callback(now);
  });
}
