import { defineConfig } from "@playwright/test";
import type { Hosting } from "./tests/e2e/fixtures.ts";
import { hosts, type Deployment } from "./tests/hosts/hosts.ts";

// The host conformance suite (tests/hosts/): the same checks against the real servers the README's Deploy
// section names, each started here for the root build (dist/, built by `npm run build` before) and for a
// BASE_PATH=/essay/ build (dist-essay/, built by the first server below): Debian's nginx with deploy/nginx.conf,
// Cloudflare Pages' runtime (`wrangler pages dev`), and scripts/serve.ts as GitHub Pages (no headers, one 404.html).
// Ports: HOSTS_PORT (4190) and the seven after it. HOSTS=nginx,github runs only those hosts.
const firstPort = Number(process.env.HOSTS_PORT ?? 4190);
const only = process.env.HOSTS?.split(",");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const builds = [
  { build: "root", basePath: "/", outDir: "dist" },
  { build: "essay", basePath: "/essay/", outDir: "dist-essay" },
] as const;

const deployments = builds.flatMap(({ build, basePath, outDir }, b) =>
  hosts
    .map((host, h) => ({ host, basePath, outDir, name: `${host.name}-${build}`, port: firstPort + b * 3 + h }))
    .filter(({ host }) => !only || only.includes(host.name)),
);

function serverCommand({ host, basePath, outDir, port }: Deployment & { port: number }): string {
  if (host.name === "nginx") {
    return `node tests/hosts/nginx.ts deploy/${basePath === "/" ? "nginx" : "nginx-essay"}.conf ${outDir} ${basePath} ${port}`;
  }
  if (host.name === "cloudflare") {
    return `node tests/hosts/cloudflare.ts ${outDir} ${basePath} ${port} ${firstPort + 6 + (basePath === "/" ? 0 : 1)}`;
  }
  return "node scripts/serve.ts";
}

const essayBuild = "BASE_PATH=/essay/ OUT_DIR=dist-essay npm run build >/dev/null &&";

export default defineConfig<{ hosting: Hosting; deployment: Deployment }>({
  testDir: "tests/hosts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  use: {
    // A page that never hydrates fails its check in seconds, not at the test's timeout.
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: chromium,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: deployments.map(({ name, host, basePath, outDir, port }) => ({
    name,
    use: {
      baseURL: `http://127.0.0.1:${port}${basePath}`,
      hosting: { basePath, headers: host.headers },
      deployment: { host, basePath, outDir },
    },
  })),
  webServer: deployments.map((deployment, index) => ({
    command: `${deployment.basePath !== "/" && deployments.findIndex((d) => d.basePath !== "/") === index ? essayBuild : ""} ${serverCommand(deployment)}`,
    env: {
      ...process.env,
      PORT: String(deployment.port),
      BASE_PATH: deployment.basePath,
      OUT_DIR: deployment.outDir,
      // scripts/serve.ts as GitHub Pages: no headers, and one 404.html for every unknown path.
      HEADERS: "none",
      NOT_FOUND: "root",
    },
    url: `http://127.0.0.1:${deployment.port}${deployment.basePath}sitemap.xml`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  })),
});
