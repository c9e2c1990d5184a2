// Serves the built folder the way a plain static host does: files only, no rewrites, a folder answers with its
// index.html, 404.html for unknown paths. OUT_DIR picks the folder (dist/), BASE_PATH=/essay/ serves it under
// that path as a project page would be, PORT the port (4173). Like Netlify and Cloudflare Pages, it sends the
// headers of the folder's _headers file; HEADERS=none sends none, like GitHub Pages.
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import handler from "serve-handler";
import { headersFor, parseHeaders, type HeaderRule } from "./headers.ts";

const root = resolve(join(dirname(fileURLToPath(import.meta.url)), ".."), process.env.OUT_DIR ?? "dist");
const base = `/${(process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const port = Number(process.env.PORT ?? 4173);
const rules: HeaderRule[] =
  process.env.HEADERS === "none" ? [] : parseHeaders(await readFile(join(root, "_headers"), "utf8").catch(() => ""));

// Like every static host and CDN, compress text (gzip here; brotli where the browser asks for it over HTTPS).
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const isDirectory = (path: string) =>
  stat(join(root, path)).then(
    (stats) => stats.isDirectory(),
    () => false,
  );

const server = createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end(`Not found: the site lives under ${base}`);
      return;
    }
    // A folder without its trailing slash: redirect, as hosts do (/de/autor → /de/autor/).
    const path = `/${url.pathname.slice(base.length)}`;
    if (!path.endsWith("/") && (await isDirectory(decodeURIComponent(path)))) {
      response.writeHead(301, { location: `${base}${path.slice(1)}/${url.search}` }).end();
      return;
    }
    for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    // serve-handler sees paths relative to the folder, and a folder as its index.html.
    request.url = path.endsWith("/") ? `${path}index.html` : path;
    compress(request, response, () => {
      void handler(request, response, { public: root, directoryListing: false, cleanUrls: false });
    });
  })();
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}${rules.length ? " with its _headers" : ""}`);
});
