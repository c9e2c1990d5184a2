import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { unzipSync } from "fflate";

// The three shapes a writer may hand over: Medium's archive as downloaded, its posts/ folder unpacked, or one story.
// fflate reads the ZIP: small, no native code, and it also writes the fixture archive in the tests.

export interface ExportFile {
  /** Where it came from, for messages: `archive.zip:posts/x.html`, or a path. */
  file: string;
  html: string;
}

export class ExportError extends Error {}

const postPath = /^(?:[^/]+\/)?posts\/[^/]+\.html$/;

export function readExport(input: string): ExportFile[] {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new ExportError(`${input}: no such file or folder`);
  }
  if (stats.isDirectory()) return readFolder(input);
  if (input.toLowerCase().endsWith(".zip")) return readZip(input);
  if (input.toLowerCase().endsWith(".html")) return [{ file: input, html: readFileSync(input, "utf8") }];
  throw new ExportError(`${input}: expected Medium's archive (.zip), its posts folder, or one story (.html)`);
}

function readZip(input: string): ExportFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(input), { filter: (entry) => postPath.test(entry.name) });
  } catch (error) {
    throw new ExportError(
      `${input}: not a readable ZIP archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const files = Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, data]) => ({ file: `${basename(input)}:${name}`, html: new TextDecoder().decode(data) }));
  if (files.length === 0) throw new ExportError(`${input}: not a Medium export (no posts/*.html in the archive)`);
  return files;
}

function readFolder(input: string): ExportFile[] {
  const posts = statSync(join(input, "posts"), { throwIfNoEntry: false })?.isDirectory() ? join(input, "posts") : input;
  const files = readdirSync(posts)
    .filter((name) => name.toLowerCase().endsWith(".html"))
    .sort()
    .map((name) => ({ file: join(posts, name), html: readFileSync(join(posts, name), "utf8") }));
  if (files.length === 0)
    throw new ExportError(`${input}: not a Medium export (no .html stories in it or in its posts/)`);
  return files;
}
