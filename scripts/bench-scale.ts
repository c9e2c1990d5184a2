// The scale benchmark (not part of the site): generates N synthetic essays into a temporary content folder (most in
// German and English, every tenth only in German), builds it with CONTENT_DIR into dist-bench/, and prints what must
// not grow with N where it should not: build time (total and per page), peak memory, the first-load JavaScript of an
// essay page and of the home, and the HTML size of the home and the author page.
//
//   npm run bench:scale -- 1000
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.argv[2] ?? 100);
if (!Number.isInteger(count) || count < 1) throw new Error("usage: npm run bench:scale -- <number of essays, ≥ 1>");
const outDir = "dist-bench";
const out = join(root, outDir);

// Words from the real essay's first sentences, so the text looks like prose to every tool on the way.
const words = {
  de: "Im privaten Umfeld sind Trennungen eigentlich alltäglich Beziehungen gehen in die Brüche es folgt Trauer Schmerz und manchmal Wut aber irgendwann entsteht etwas Neues".split(
    " ",
  ),
  en: "In our private lives breakups are really an everyday thing Relationships fall apart grief pain and sometimes anger follow but at some point something new emerges".split(
    " ",
  ),
};
const ids = ["opening", "second", "third", "fourth", "fifth", "sixth", "closing"];
const number = (i: number) => String(i).padStart(5, "0");

function paragraph(lang: "de" | "en", seed: number): string {
  const list = words[lang];
  const sentence = Array.from({ length: 42 }, (_, i) => list[(seed * 7 + i * 3) % list.length]).join(" ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function essayFile(lang: "de" | "en", i: number): string {
  const title = lang === "de" ? `Essay Nummer ${number(i)}` : `Essay number ${number(i)}`;
  const description =
    lang === "de"
      ? `Ein erzeugter Essay für den Skalierungstest, Nummer ${number(i)}, mit sieben Absätzen Text.`
      : `A generated essay for the scale benchmark, number ${number(i)}, with seven paragraphs of text.`;
  const slug = lang === "de" ? `essay-nummer-${number(i)}` : `essay-number-${number(i)}`;
  const body = ids.map((_, p) => paragraph(lang, i + p)).join("\n\n");
  return `---\ntitle: ${title}\ndescription: ${description}\nslug: ${slug}\nparagraphs: [${ids.join(", ")}]\n---\n\n${body}\n`;
}

// Every tenth essay only in German; one essay every three days, back from 2025, so the home pages and feeds page.
const content = mkdtempSync(join(tmpdir(), "bench-content-"));
cpSync(join(root, "src/content/author"), join(content, "author"), { recursive: true });
for (let i = 1; i <= count; i++) {
  const folder = join(content, "essays", `essay-${number(i)}`);
  mkdirSync(folder, { recursive: true });
  const date = new Date(Date.UTC(2025, 0, 1) - i * 3 * 86_400_000).toISOString().slice(0, 10);
  writeFileSync(join(folder, "essay.yml"), `original: de\ndate: ${date}\n`);
  writeFileSync(join(folder, "de.md"), essayFile("de", i));
  if (i % 10 !== 0) writeFileSync(join(folder, "en.md"), essayFile("en", i));
}

// The build's own steps (package.json "build"), each under /usr/bin/time for its peak memory (max resident set).
const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, QUIET: "1" };
const steps = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { build: string } }
).scripts.build
  .split("&&")
  .map((step) => step.trim());
let peakKiB = 0;
const started = performance.now();
for (const step of steps) {
  const [command = "", ...args] = step.split(/\s+/);
  const bin = command === "vite" ? join(root, "node_modules/.bin/vite") : command;
  const run = spawnSync("/usr/bin/time", ["-f", "%M", bin, ...args], { cwd: root, env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${step} failed:\n${run.stdout}\n${run.stderr}`);
  peakKiB = Math.max(peakKiB, Number(run.stderr.trim().split("\n").at(-1)));
}
const seconds = (performance.now() - started) / 1000;
rmSync(content, { recursive: true, force: true });

const html = readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith("index.html"));
const level = constants.Z_BEST_COMPRESSION;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

interface FirstLoad {
  files: { file: string; gzip: number }[];
  js: number;
}
function firstLoad(page: string): FirstLoad {
  // Its verdict on the budget is not this benchmark's business: only its measurements are read.
  const { stdout: output } = spawnSync("node", ["scripts/bundle-size.ts", `--page=${page}`, "--json"], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir },
    encoding: "utf8",
  });
  return JSON.parse(output.split("\n").find((line) => line.startsWith("{")) ?? "{}") as FirstLoad;
}
const essayPath = `/de/essay-nummer-${number(1)}/`;
const essay = firstLoad(essayPath);
const home = firstLoad("/de/");

// No other essay in an essay page's JavaScript: none of their titles, in any first-load file.
const code = essay.files.map(({ file }) => readFileSync(join(out, file), "utf8")).join("\n");
const leaks = count > 1 && (code.includes(`Nummer ${number(2)}`) || code.includes(`number ${number(2)}`));
const size = (page: string) => {
  const text = readFileSync(join(out, page, "index.html"));
  return `${kB(text.length)} (${kB(gzipSync(text, { level }).length)} gzip)`;
};

console.log(
  `scale benchmark: ${count} essays (${count - Math.floor(count / 10)} in German and English, ${Math.floor(count / 10)} only in German)`,
);
console.log(`  pages built                 ${html.length}`);
console.log(
  `  build time                  ${seconds.toFixed(1)} s total, ${((seconds * 1000) / html.length).toFixed(1)} ms per page`,
);
console.log(`  peak memory (one step)      ${(peakKiB / 1024).toFixed(0)} MiB`);
console.log(`  first-load JS, essay page   ${kB(essay.js)} gzip (${essayPath})`);
console.log(`  first-load JS, home         ${kB(home.js)} gzip (/de/)`);
console.log(`  other essays in essay JS    ${leaks ? "YES" : "none"}`);
console.log(`  HTML of the home            ${size("de")}`);
console.log(`  HTML of the author page     ${size("de/autor")}`);
