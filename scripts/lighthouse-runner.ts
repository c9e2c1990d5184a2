// What scripts/lighthouse.ts (the score gate) and scripts/bench/ (app against bare HTML) share: a static host on a
// port of their own (scripts/serve.ts), one Lighthouse run in a fresh Chromium (mobile defaults: Moto G Power
// emulation, simulated slow 4G and 4× CPU slowdown), and the median.
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = [
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Chromium refuses to run sandboxed as root (CI runs as root).
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];

export const median = (numbers: number[]): number => {
  const sorted = numbers.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Serves a folder (OUT_DIR, absolute or relative to the repository) at / on a port, as scripts/serve.ts does. */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(root, "scripts", "serve.ts")], {
    env: { ...process.env, PORT: String(port), BASE_PATH: "/", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`scripts/serve.ts exited with ${String(code)}`)));
    server.stdout.once("data", () => resolve());
  });
  return server;
}

/**
 * One Lighthouse run on a URL in a fresh browser (no cache, no service worker from an earlier run); `categories`:
 * only these (all by default).
 */
export async function audit(url: string, categories?: string[]): Promise<Result> {
  const chrome = await launch({ chromePath, chromeFlags, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      ...(categories && { onlyCategories: categories }),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}

/** An audit's numeric value (milliseconds, bytes or, for CLS, a score), or an error naming it. */
export function numericValue(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse ${lhr.lighthouseVersion} reported no ${id}`);
  return value;
}
