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

/** Medium's archives are a few megabytes of HTML; far larger ones are not exports (or are ZIP bombs). */
export const limits = { archiveBytes: 512 * 1024 ** 2, storyBytes: 16 * 1024 ** 2 };

const postPath = /^(?:[^/]+\/)?posts\/[^/]+\.html$/i;
const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** An entry name no archive tool should unpack: absolute, with `..`, a drive letter, a backslash or a control character. */
const unsafeName = (name: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /^[/\\]|^[a-z]:|\\|[\u0000-\u001f]/i.test(name) || name.split("/").includes("..");

export function readExport(input: string): ExportFile[] {
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new ExportError(`${input}: no such file or folder`);
  }
  if (stats.isDirectory()) return readFolder(input);
  const lower = input.toLowerCase();
  if (!lower.endsWith(".zip") && !lower.endsWith(".html")) {
    throw new ExportError(`${input}: expected Medium's archive (.zip), its posts folder, or one story (.html)`);
  }
  const limit = lower.endsWith(".zip") ? limits.archiveBytes : limits.storyBytes;
  if (stats.size > limit) {
    throw new ExportError(
      `${input}: ${megabytes(stats.size)} is more than a Medium export holds (${megabytes(limit)})`,
    );
  }
  if (lower.endsWith(".zip")) return readZip(input);
  return [{ file: input, html: decode(readFileSync(input), input) }];
}

function readZip(input: string): ExportFile[] {
  const refused: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(input), {
      // Nothing is unpacked to disk, but an archive with such names was not made by Medium: say which entry.
      filter: (entry) => {
        if (unsafeName(entry.name)) refused.push(`${entry.name}: an unsafe name (outside the archive's folder)`);
        else if (postPath.test(entry.name) && entry.originalSize > limits.storyBytes) {
          refused.push(`${entry.name}: ${megabytes(entry.originalSize)} unpacked, more than a story holds`);
        } else return postPath.test(entry.name);
        return false;
      },
    });
  } catch (error) {
    throw new ExportError(
      `${input}: not a readable ZIP archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (refused.length > 0) {
    throw new ExportError(
      [`${input}: not imported, these entries are not what Medium writes:`, ...refused.map((line) => `  ${line}`)].join(
        "\n",
      ),
    );
  }
  const files = Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, data]) => ({ file: `${basename(input)}:${name}`, html: decode(data, `${basename(input)}:${name}`) }));
  if (files.length === 0) throw new ExportError(`${input}: not a Medium export (no posts/*.html in the archive)`);
  return files;
}

/** Medium writes UTF-8; anything else would import as garbled text, so it stops here, naming the file. */
function decode(data: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new ExportError(`${file}: not UTF-8 text (Medium's export is UTF-8; is this file from somewhere else?)`);
  }
}

function readFolder(input: string): ExportFile[] {
  const posts = statSync(join(input, "posts"), { throwIfNoEntry: false })?.isDirectory() ? join(input, "posts") : input;
  const files = readdirSync(posts)
    .filter((name) => name.toLowerCase().endsWith(".html"))
    .sort()
    .map((name) => {
      const file = join(posts, name);
      const size = statSync(file).size;
      if (size > limits.storyBytes) {
        throw new ExportError(
          `${file}: ${megabytes(size)} is more than a story holds (${megabytes(limits.storyBytes)})`,
        );
      }
      return { file, html: decode(readFileSync(file), file) };
    });
  if (files.length === 0)
    throw new ExportError(`${input}: not a Medium export (no .html stories in it or in its posts/)`);
  return files;
}
