import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { imageSize } from "image-size";
import type { Block } from "./blocks.ts";
import type { MediaFile } from "./schema.ts";

// Build time only: an essay's images live in its folder; the site serves them from assets/media/ under a name with
// their content's hash (cached for a year, like every asset), measured so the page reserves their space.

/** Where the built site serves images, relative to the base path. */
export const mediaFolder = "assets/media";

const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "-");

/** The measured size of an image file in the essay's folder, or undefined (the compiler then names the image). */
export function measureIn(folder: string) {
  return (src: string): { width: number; height: number } | undefined => {
    const path = join(folder, src);
    if (/^[a-z]+:/i.test(src) || !existsSync(path)) return undefined;
    const { width, height } = imageSize(readFileSync(path));
    return { width, height };
  };
}

/**
 * Points each local figure at its built address (under `base`, the site's base path) and lists the files to copy there. A local image that is missing
 * fails with the file's name; remote (https) images keep their address (the importer's --keep-remote-images).
 */
export function localImages(
  blocks: readonly Block[],
  { folder, file, base }: { folder: string; file: string; base: string },
): { blocks: Block[]; media: MediaFile[] } {
  const media: MediaFile[] = [];
  const result = blocks.map((block) => {
    if (block.type !== "figure" || /^https:\/\//i.test(block.src)) return block;
    const from = join(folder, block.src);
    if (!existsSync(from)) throw new Error(`${file}: the image ${block.src} is not in ${folder}`);
    const hash = createHash("sha256").update(readFileSync(from)).digest("hex").slice(0, 10);
    const extension = extname(block.src);
    const to = `${mediaFolder}/${safe(block.src.slice(0, block.src.length - extension.length))}-${hash}${extension}`;
    media.push({ from, to });
    return { ...block, src: `${base}${to}` };
  });
  return { blocks: result, media };
}
