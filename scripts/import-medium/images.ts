import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { imageSize } from "image-size";
import type { RemoteImage } from "./grafs.ts";

// The site makes no request to another origin, so every image of a story is fetched into the essay's folder and
// measured there (image-size), so the page reserves its space and nothing shifts.

export interface LocalImage {
  block: string;
  fileName: string;
  width: number;
  height: number;
  /** Absent when the file was already in the folder from an earlier import. */
  data?: Uint8Array;
}

/** Medium serves images of a few megabytes at most; anything far larger is not a story's image. */
export const maxImageBytes = 50 * 1024 ** 2;

export interface ImageFailure {
  url: string;
  reason: string;
}

const extensions: Record<string, string> = {
  jpg: "jpg",
  png: "png",
  gif: "gif",
  webp: "webp",
  svg: "svg",
  avif: "avif",
};

/** A file name from Medium's image id (`1*AbC-x_Y.jpeg`): stable, so a re-import finds the file it wrote. */
export function imageFileName(image: RemoteImage, type?: string): string {
  const id = image.imageId || image.url.split("/").at(-1) || "image";
  const name = id.replace(/\*/g, "-").replace(/[^A-Za-z0-9._-]+/g, "-");
  return /\.[a-z0-9]{2,5}$/i.test(name) || !type ? name : `${name}.${extensions[type] ?? type}`;
}

function existing(folder: string, image: RemoteImage): LocalImage | undefined {
  for (const type of [undefined, ...Object.keys(extensions)]) {
    const fileName = imageFileName(image, type);
    const path = join(folder, fileName);
    if (!existsSync(path)) continue;
    const { width, height } = imageSize(readFileSync(path));
    return { block: image.block, fileName, width, height };
  }
  return undefined;
}

export async function fetchImages(
  images: readonly RemoteImage[],
  folder: string,
  timeoutMs = 20_000,
): Promise<{ images: LocalImage[]; failures: ImageFailure[] }> {
  const results = await Promise.all(
    images.map(async (image): Promise<LocalImage | ImageFailure> => {
      const found = existing(folder, image);
      if (found) return found;
      try {
        const response = await fetch(image.url, { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok) return { url: image.url, reason: `HTTP ${response.status}` };
        const tooLarge = { url: image.url, reason: `larger than ${maxImageBytes / 1024 ** 2} MB` };
        if (Number(response.headers.get("content-length") ?? 0) > maxImageBytes) {
          await response.body?.cancel();
          return tooLarge;
        }
        const data = new Uint8Array(await response.arrayBuffer());
        if (data.byteLength > maxImageBytes) return tooLarge;
        let size;
        try {
          size = imageSize(data);
        } catch {
          return { url: image.url, reason: `not an image (${response.headers.get("content-type") ?? "no type"})` };
        }
        return {
          block: image.block,
          fileName: imageFileName(image, size.type),
          width: size.width,
          height: size.height,
          data,
        };
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
        return { url: image.url, reason: `${error instanceof Error ? error.message : String(error)}${cause}` };
      }
    }),
  );
  return {
    images: results.filter((result): result is LocalImage => "block" in result),
    failures: results.filter((result): result is ImageFailure => !("block" in result)),
  };
}
