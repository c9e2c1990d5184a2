// Runs Cloudflare Pages' local runtime (`wrangler pages dev`, which serves through workerd with the rules of
// production: _headers, 404.html, redirects) on a build, for the host conformance suite. Offline and quiet:
// no metrics, no error reports, no fetch of the request's `cf` data, its state and logs in a temporary folder.
// A build for a base path is served from a folder holding it at that path, with its _headers at the top, which
// is how a Pages project would publish it.
//   node tests/hosts/cloudflare.ts <built folder> <base path> <port> <inspector port>
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [builtFolder, basePath, port, inspectorPort] = process.argv.slice(2);
if (!builtFolder || !basePath || !port || !inspectorPort) {
  throw new Error("usage: node tests/hosts/cloudflare.ts <built folder> <base path> <port> <inspector port>");
}

const state = mkdtempSync(join(tmpdir(), "wrangler-"));
let site = resolve(builtFolder);
if (basePath !== "/") {
  site = join(state, "site");
  cpSync(resolve(builtFolder), join(site, basePath), {
    recursive: true,
    filter: (source) => source !== join(resolve(builtFolder), "_headers"),
  });
  cpSync(join(builtFolder, "_headers"), join(site, "_headers"));
}

const wrangler = spawn(
  resolve("node_modules/.bin/wrangler"),
  [
    "pages",
    "dev",
    site,
    "--ip=127.0.0.1",
    `--port=${port}`,
    `--inspector-port=${inspectorPort}`,
    "--compatibility-date=2025-01-01",
    `--persist-to=${join(state, "state")}`,
    "--log-level=warn",
  ],
  {
    stdio: "inherit",
    // Its bundling scratch goes to .wrangler/ in the working folder: the temporary one.
    cwd: state,
    env: {
      ...process.env,
      CI: "true",
      DO_NOT_TRACK: "1",
      WRANGLER_SEND_METRICS: "false",
      WRANGLER_SEND_ERROR_REPORTS: "false",
      WRANGLER_HIDE_BANNER: "true",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      WRANGLER_LOG_PATH: join(state, "logs"),
      WRANGLER_CACHE_DIR: join(state, "cache"),
      WRANGLER_REGISTRY_PATH: join(state, "registry"),
      XDG_CONFIG_HOME: join(state, "config"),
    },
  },
);
console.log(`wrangler pages dev serving ${builtFolder} at http://127.0.0.1:${port}${basePath} (state ${state})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code, signal) => {
  rmSync(state, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
