import { spawn } from "node:child_process";
import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, hydrated, test } from "./fixtures.ts";

// A deploy while a reader has the site open: the new service worker waits, the reader is offered a reload,
// and only then does the new version take over. The site is copied, so "deploying" touches no other test.
test("a new deploy is offered politely, and taken on the reader's word", async ({ page }) => {
  const site = join(await mkdtemp(join(tmpdir(), "deploy-")), "site");
  await cp("dist", site, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4180) + 7;
  const server = spawn(process.execPath, ["scripts/serve.ts"], {
    env: { ...process.env, OUT_DIR: site, PORT: String(port), BASE_PATH: "/", HEADERS: "_headers" },
    stdio: "ignore",
  });
  try {
    await expect
      .poll(() =>
        fetch(`http://127.0.0.1:${port}/de/`).then(
          (r) => r.status,
          () => 0,
        ),
      )
      .toBe(200);
    const url = `http://127.0.0.1:${port}/en/`;
    await page.goto(url);
    await hydrated(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // Deploy: the worker's script changes.
    await appendFile(join(site, "sw.js"), "\n// next deploy\n");
    await page.reload();
    await hydrated(page);
    const notice = page.getByRole("status").filter({ hasText: "A new version of this page is available." });
    await expect(notice).toBeVisible({ timeout: 15_000 });

    const reload = notice.getByRole("button", { name: "Reload" });
    await reload.focus();
    await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
    await hydrated(page);
    await expect(page.getByText("A new version of this page is available.")).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBeNull();
  } finally {
    server.kill();
    await rm(join(site, ".."), { recursive: true, force: true });
  }
});
