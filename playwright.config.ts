import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4180);
const basePath = process.env.BASE_PATH ?? "/";

// Debian's Chromium, never a browser a tool downloads (downloads fail on CI machines).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    launchOptions: {
      executablePath: chromium,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // The built site on a plain static server: no rewrites, 404.html for unknown paths.
  webServer: {
    command: "node scripts/serve.ts",
    env: { ...process.env, PORT: String(port), BASE_PATH: basePath },
    url: `http://127.0.0.1:${port}${basePath}de/`,
    reuseExistingServer: false,
  },
});
