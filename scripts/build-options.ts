// The variables that shape a build, read in one place. Where a build writes: OUT_DIR (default dist/), relative to the project or absolute, anywhere. The server
// bundle the prerender needs is an intermediate file: it goes into the project's own node_modules/.cache, one
// folder per output folder, so it never lands beside the reader's folder and always finds the project's packages.
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The folder to upload, as an absolute path. */
export const outDir = resolve(projectRoot, process.env.OUT_DIR || "dist");

/** The prerender's server bundle for this output folder (two builds into two folders never share it). */
export const ssrDir = join(
  projectRoot,
  "node_modules",
  ".cache",
  "prerender",
  createHash("sha256").update(outDir).digest("hex").slice(0, 16),
);

/** BASE_PATH as Vite and the server need it, however it was written: `essay`, `/essay` → `/essay/`. */
export const basePath = `/${(process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
