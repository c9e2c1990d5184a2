import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { zipSync } from "fflate";

// The fixture export (tests/fixtures/medium/posts, written by hand in Medium's format) as the ZIP Medium hands out,
// and a stand-in for Medium's image CDN on a local port: the network here cannot reach the real one.

const root = join(import.meta.dirname, "../../..");
export const fixturePosts = join(root, "tests/fixtures/medium/posts");
export const mediumCdn = "https://cdn-images-1.medium.com/";

/** Medium's image ids in the fixtures → files of known size (1200×630 and 180×180) from public/. */
const images: Record<string, string> = {
  "/max/800/1*Wide-Picture_01.png": join(root, "public/og-image.png"),
  "/max/800/1*Square-Icon_02.png": join(root, "public/apple-touch-icon.png"),
};

export function fixtureArchive(
  path: string,
  { imageBase = mediumCdn, extra = {} }: { imageBase?: string; extra?: Record<string, string> } = {},
): string {
  const entries: Record<string, Uint8Array> = {
    "README.html": new TextEncoder().encode("<p>Your Medium archive</p>"),
    "profile/profile.html": new TextEncoder().encode("<p>digital.mensch</p>"),
  };
  for (const name of readdirSync(fixturePosts)) {
    const html = readFileSync(join(fixturePosts, name), "utf8").replaceAll(mediumCdn, imageBase);
    entries[`posts/${name}`] = new TextEncoder().encode(html);
  }
  for (const [name, html] of Object.entries(extra)) entries[name] = new TextEncoder().encode(html);
  writeFileSync(path, zipSync(entries));
  return path;
}

export interface ImageServer {
  base: string;
  requests: string[];
  close: () => Promise<void>;
}

export async function serveImages(port: number): Promise<ImageServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    const file = images[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "image/png" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
