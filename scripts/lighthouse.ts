// Runs Lighthouse (mobile defaults: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) against the
// built site, several times per page, and reports the median of every category and of LCP, TBT and CLS.
// Fails when a category's median is below --min-score (default 0.95) or the median CLS above --max-cls (default 0).
//
//   node scripts/lighthouse.ts [--runs=3] [--min-score=0.95] [--max-cls=0] [--port=4381] [path …]
//
// Serves dist/ (or OUT_DIR, under its BASE_PATH) with scripts/serve.ts on its own port, drives Debian's Chromium (CHROMIUM_PATH overrides it),
// prints a table and writes every report plus a summary as JSON into reports/ (see README, "Quality gates").
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Result } from "lighthouse";
import { basePath, outDir } from "./build-options.ts";
import { audit, median, numericValue, root, startServer } from "./lighthouse-runner.ts";

const reports = join(root, "reports");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "3" },
    "min-score": { type: "string", default: "0.95" },
    "max-cls": { type: "string", default: "0" },
    port: { type: "string", default: process.env.LIGHTHOUSE_PORT ?? "4381" },
  },
});
const runs = Number(values.runs);
const minScore = Number(values["min-score"]);
const maxCls = Number(values["max-cls"]);
const port = Number(values.port);
const paths = positionals.length > 0 ? positionals : ["/de/", "/en/author/"];
if (!(runs >= 1) || !(minScore >= 0 && minScore <= 1) || !(maxCls >= 0) || !(port > 0)) {
  throw new Error(
    "usage: node scripts/lighthouse.ts [--runs=3] [--min-score=0.95] [--max-cls=0] [--port=4381] [path …]",
  );
}

const categoryIds = ["performance", "accessibility", "best-practices", "seo", "agentic-browsing"] as const;
const metricIds = {
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
} as const;
type Metric = keyof typeof metricIds;

interface RunSummary {
  scores: Record<string, number | null>;
  metrics: Record<Metric, number>;
}

function summarize(lhr: Result): RunSummary {
  const scores: Record<string, number | null> = {};
  for (const id of categoryIds) {
    const category = lhr.categories[id];
    if (!category) throw new Error(`Lighthouse ${lhr.lighthouseVersion} has no "${id}" category`);
    scores[id] = category.score;
  }
  const metric = (id: string) => numericValue(lhr, id);
  return {
    scores,
    metrics: { LCP: metric(metricIds.LCP), TBT: metric(metricIds.TBT), CLS: metric(metricIds.CLS) },
  };
}

const started = performance.now();
await mkdir(reports, { recursive: true });
const server = await startServer(port, { OUT_DIR: outDir, BASE_PATH: basePath });
const results: { path: string; runs: RunSummary[] }[] = [];
let benchmarkIndex = NaN;
let version = "";
try {
  for (const path of paths) {
    const url = new URL(path.replace(/^\//, ""), `http://127.0.0.1:${port}${basePath}`).href;
    const pageRuns: RunSummary[] = [];
    for (let run = 1; run <= runs; run++) {
      const lhr = await audit(url);
      benchmarkIndex = lhr.environment.benchmarkIndex;
      version = lhr.lighthouseVersion;
      const summary = summarize(lhr);
      pageRuns.push(summary);
      const slug = path.replace(/^\/|\/$/g, "").replaceAll("/", "-") || "root";
      await writeFile(join(reports, `lighthouse-${slug}-${run}.json`), JSON.stringify(lhr));
      const scores = categoryIds.map((id) => `${id} ${String(summary.scores[id])}`).join(", ");
      console.log(
        `${path} run ${run}/${runs}: ${scores}; LCP ${Math.round(summary.metrics.LCP)} ms, TBT ${Math.round(summary.metrics.TBT)} ms, CLS ${summary.metrics.CLS.toFixed(3)}`,
      );
    }
    results.push({ path, runs: pageRuns });
  }
} finally {
  server.kill();
}

// The table: one row per page, the median of each column over the runs.
const header = ["page", ...categoryIds, "LCP ms", "TBT ms", "CLS"];
const failures: string[] = [];
const rows = results.map(({ path, runs: pageRuns }) => {
  const cells = [path];
  for (const id of categoryIds) {
    const value = median(pageRuns.map((run) => run.scores[id] ?? 0));
    cells.push(String(Math.round(value * 100)));
    if (value < minScore) failures.push(`${path}: ${id} ${Math.round(value * 100)} < ${Math.round(minScore * 100)}`);
  }
  const lcp = median(pageRuns.map((run) => run.metrics.LCP));
  const tbt = median(pageRuns.map((run) => run.metrics.TBT));
  const cls = median(pageRuns.map((run) => run.metrics.CLS));
  if (cls > maxCls) failures.push(`${path}: CLS ${cls.toFixed(3)} > ${maxCls}`);
  cells.push(String(Math.round(lcp)), String(Math.round(tbt)), cls.toFixed(3));
  return cells;
});
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
console.log(`\nLighthouse ${version}, median of ${runs} runs per page (mobile, simulated throttling):`);
console.log(line(header));
for (const row of rows) console.log(line(row));
const seconds = (performance.now() - started) / 1000;
console.log(`benchmarkIndex ${Math.round(benchmarkIndex)}; ${seconds.toFixed(0)} s for ${paths.length * runs} runs`);

await writeFile(
  join(reports, "lighthouse-summary.json"),
  JSON.stringify({ version, runs, minScore, maxCls, benchmarkIndex, seconds, pages: results }, null, 2),
);

if (failures.length > 0) {
  console.error(`\nBelow the gate:\n  ${failures.join("\n  ")}`);
  process.exitCode = 1;
} else {
  console.log(`Every category ≥ ${Math.round(minScore * 100)} and CLS ≤ ${maxCls} on every page.`);
}
