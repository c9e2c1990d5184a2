// Serves the built folder the way a plain static host does: files only, no rewrites, a folder answers with its
// index.html, the nearest 404.html for unknown paths. OUT_DIR picks the folder (dist/), BASE_PATH=/essay/ serves it under
// that path as a project page would be, PORT the port (4173). Like Netlify and Cloudflare Pages, it sends the
// headers of the folder's _headers file; HEADERS=none sends none, like GitHub Pages, and NOT_FOUND=root answers every
// unknown path with the root 404.html, as GitHub Pages does too.
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import compression from "compression";
import handler from "serve-handler";
import { basePath, outDir } from "./build-options.ts";
import { headersFor, parseHeaders, type HeaderRule } from "./headers.ts";

const port = Number(process.env.PORT ?? 4173);
const rules: HeaderRule[] =
  process.env.HEADERS === "none" ? [] : parseHeaders(await readFile(join(outDir, "_headers"), "utf8").catch(() => ""));

// Like every static host and CDN, compress text (gzip here; brotli where the browser asks for it over HTTPS).
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const decoded = (path: string) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
};

/** Whether a URL path names a file (or a folder) in the output; a malformed one names nothing. */
const is = async (kind: "isFile" | "isDirectory", path: string) => {
  const file = decoded(path);
  if (file === undefined) return false;
  return stat(join(outDir, file)).then(
    (stats) => stats[kind](),
    () => false,
  );
};
const isFile = (path: string) => is("isFile", path);
const isDirectory = (path: string) => is("isDirectory", path);

/** Like Cloudflare Pages: the 404.html nearest to the address (`/en/x/` → en/404.html), else the root one. */
async function nearestNotFound(path: string): Promise<string> {
  const folders = path.split("/").slice(1, -1);
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = `/${folders.slice(0, depth).join("/")}/404.html`;
    if (await isFile(candidate)) return candidate;
  }
  return "/404.html";
}

const server = createServer((request, response) => {
  void (async () => {
    // Prefixed, so that a doubled slash (`//de/`) stays a path instead of becoming a host name.
    const url = new URL(`http://localhost${request.url ?? "/"}`);
    if (`${url.pathname}/` === basePath) {
      response.writeHead(301, { location: `${basePath}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end(`Not found: the site lives under ${basePath}`);
      return;
    }
    // A folder without its trailing slash: redirect, as hosts do (/de/autor → /de/autor/).
    const path = `/${url.pathname.slice(basePath.length)}`;
    if (!path.endsWith("/") && (await isDirectory(path))) {
      response.writeHead(301, { location: `${basePath}${path.slice(1)}/${url.search}` }).end();
      return;
    }
    for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    // serve-handler sees paths relative to the folder, and a folder as its index.html.
    request.url = path.endsWith("/") ? `${path}index.html` : path;
    const notFound = (await isFile(request.url))
      ? undefined
      : process.env.NOT_FOUND === "root"
        ? "/404.html"
        : await nearestNotFound(request.url);
    compress(request, response, () => {
      if (!notFound) {
        // An ETag, as every host sends, so that pages served with no-cache revalidate with a 304.
        void handler(request, response, { public: outDir, directoryListing: false, cleanUrls: false, etag: true });
        return;
      }
      void readFile(join(outDir, notFound)).then((page) =>
        response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(page),
      );
    });
  })();
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${outDir} at http://127.0.0.1:${port}${basePath}${rules.length ? " with its _headers" : ""}`);
});
