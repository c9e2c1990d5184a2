// Serves dist/ the way a plain static host does: files only, no rewrites, 404.html for unknown paths.
// BASE_PATH=/essay/ serves it under that path, as a project page would be. PORT picks the port (4173).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import handler from "serve-handler";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const base = process.env.BASE_PATH ?? "/";
const port = Number(process.env.PORT ?? 4173);
// Like every static host and CDN, compress text (gzip here; brotli where the browser asks for it over HTTPS).
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const server = createServer((request, response) => {
  const url = request.url ?? "/";
  if (!url.startsWith(base) && `${url}/` !== base) {
    response
      .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
      .end(`Not found: the site lives under ${base}`);
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  compress(request, response, () => void serve(request, response));
});

const serve = (request: IncomingMessage, response: ServerResponse) =>
  handler(request, response, {
    public: root,
    directoryListing: false,
    // Like most hosts: a folder answers with its index.html, and /de/autor redirects to /de/autor/.
    cleanUrls: true,
    trailingSlash: true,
  });

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`);
});
