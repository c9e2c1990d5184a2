// Serves the built folder the way a plain static host does: files only, no rewrites, a folder answers with its
// index.html, 404.html for unknown paths. OUT_DIR picks the folder (dist/), BASE_PATH=/essay/ serves it under
// that path as a project page would be, PORT the port (4173). Like Netlify and Cloudflare Pages, it sends the
// headers of the folder's _headers file; HEADERS=none sends none, like GitHub Pages.
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

const isDirectory = (path: string) =>
  stat(join(outDir, path)).then(
    (stats) => stats.isDirectory(),
    () => false,
  );

const server = createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(basePath) && `${url.pathname}/` !== basePath) {
      response
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end(`Not found: the site lives under ${basePath}`);
      return;
    }
    // A folder without its trailing slash: redirect, as hosts do (/de/autor → /de/autor/).
    const path = `/${url.pathname.slice(basePath.length)}`;
    if (!path.endsWith("/") && (await isDirectory(decodeURIComponent(path)))) {
      response.writeHead(301, { location: `${basePath}${path.slice(1)}/${url.search}` }).end();
      return;
    }
    for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    // serve-handler sees paths relative to the folder, and a folder as its index.html.
    request.url = path.endsWith("/") ? `${path}index.html` : path;
    compress(request, response, () => {
      void handler(request, response, { public: outDir, directoryListing: false, cleanUrls: false });
    });
  })();
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${outDir} at http://127.0.0.1:${port}${basePath}${rules.length ? " with its _headers" : ""}`);
});
