// Serves the built folder the way a plain static host does: files only, no rewrites, a folder answers with its
// index.html, the nearest 404.html (status 404) for unknown paths (`/en/x/` → en/404.html, as Cloudflare Pages does), 400 for a request path that is not a valid one. OUT_DIR
// picks the folder (dist/), BASE_PATH=/essay/ serves it under that path as a project page would be, PORT the
// port (4173; 0 picks a free one). Like Netlify and Cloudflare Pages, it sends the headers of the folder's
// _headers file; HEADERS=none sends none, like GitHub Pages, and NOT_FOUND=root answers every unknown path with the
// root 404.html, as GitHub Pages does too. `npm run serve` and `npm run preview` both run it.
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import compression from "compression";
import handler from "serve-handler";
import { basePath as base, outDir as root } from "./build-options.ts";
import { headersFor, parseHeaders, type HeaderRule } from "./headers.ts";

const port = Number(process.env.PORT ?? 4173);

if (
  !(await stat(root).then(
    (stats) => stats.isDirectory(),
    () => false,
  ))
) {
  console.error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first (or \`npm start\`).`);
  process.exit(1);
}
const rules: HeaderRule[] =
  process.env.HEADERS === "none" ? [] : parseHeaders(await readFile(join(root, "_headers"), "utf8").catch(() => ""));

// Like every static host and CDN, compress text (gzip here; brotli where the browser asks for it over HTTPS).
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The decoded path of a request target, or undefined when it is not a path a static host would serve:
 * not origin-form (or absolute-form) with a leading slash, malformed percent-encoding, or a NUL or other
 * control character once decoded.
 */
function requestPath(target: string): { raw: string; decoded: string; search: string } | undefined {
  let raw = target;
  if (/^https?:\/\//i.test(raw)) raw = raw.replace(/^https?:\/\/[^/?#]*/i, "") || "/";
  const query = raw.search(/[?#]/);
  const search = query < 0 ? "" : raw.slice(query).replace(/#.*/, "");
  raw = query < 0 ? raw : raw.slice(0, query);
  if (!raw.startsWith("/")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  return { raw, decoded, search };
}

/** The file-system path for a decoded URL path, or undefined when it would leave the served folder. */
function inRoot(decoded: string): string | undefined {
  const path = resolve(root, `.${decoded}`);
  const rel = relative(root, path);
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : path;
}

const isDirectory = (path: string) =>
  stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );

const shown = (url = "") => JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}…` : url);

function plain(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(`${text}\n`);
}

async function serve(request: IncomingMessage, response: ServerResponse) {
  const target = requestPath(request.url ?? "/");
  if (!target) {
    plain(response, 400, `Bad request: ${shown(request.url)} is not a valid path.`);
    return;
  }
  const { raw, decoded, search } = target;
  if (`${raw}/` === base) {
    response.writeHead(301, { location: `${base}${search}` }).end();
    return;
  }
  if (!raw.startsWith(base)) {
    plain(response, 404, `Not found: the site lives under ${base}`);
    return;
  }
  const file = inRoot(`/${decoded.slice(base.length)}`);
  // No file system has a name this long; asking it would fail with ENAMETOOLONG rather than "not found".
  if (decoded.split("/").some((name) => Buffer.byteLength(name) > 255) || Buffer.byteLength(decoded) > 4096) {
    plain(response, 404, "Not found: the path is longer than any file name.");
    return;
  }
  if (file === undefined) {
    plain(response, 400, `Bad request: ${shown(request.url)} leads outside the site.`);
    return;
  }
  // A folder without its trailing slash: redirect, as hosts do (/de/autor → /de/autor/). The address is the
  // request's own, its leading slashes collapsed so that it can never name another host.
  if (!raw.endsWith("/") && (await isDirectory(file))) {
    const location = `${raw.replace(/^\/+/, "/")}/${search}`.replace(/[^\x21-\x7e]/g, encodeURIComponent);
    response.writeHead(301, { location }).end();
    return;
  }
  for (const [name, value] of headersFor(rules, raw)) response.setHeader(name, value);
  // serve-handler sees paths relative to the folder, and a folder as its index.html.
  const relativeUrl = `/${raw.slice(base.length).replace(/^\/+/, "")}`;
  request.url = relativeUrl.endsWith("/") ? `${relativeUrl}index.html` : relativeUrl;
  const notFound = (await isFile(join(root, decodeURIComponent(request.url))))
    ? undefined
    : process.env.NOT_FOUND === "root"
      ? "/404.html"
      : await nearestNotFound(decodeURIComponent(request.url));
  compress(request, response, () => {
    if (notFound) {
      void readFile(join(root, notFound)).then(
        (page) =>
          response
            .writeHead(404, { "content-type": "text/html; charset=utf-8", "content-length": page.length })
            .end(page),
        // A folder without a 404 page (a baseline, a partial copy): a plain 404 that names the address.
        (error: unknown) =>
          (error as NodeJS.ErrnoException).code === "ENOENT"
            ? plain(response, 404, `Not found: ${raw}`)
            : fail(response, error),
      );
      return;
    }
    void handler(request, response, {
      public: root,
      directoryListing: false,
      cleanUrls: false,
      etag: true, // as every host sends, so that pages served with no-cache revalidate with a 304
    }).catch((error: unknown) => fail(response, error));
  });
}

const isFile = (path: string) =>
  stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  );

/** Like Cloudflare Pages: the 404.html nearest to the address (`/en/x/` → en/404.html), else the root one. */
async function nearestNotFound(path: string): Promise<string> {
  const folders = path.split("/").slice(1, -1);
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = `/${folders.slice(0, depth).join("/")}/404.html`;
    if (await isFile(join(root, candidate))) return candidate;
  }
  return "/404.html";
}

function fail(response: ServerResponse, error: unknown) {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  if (!response.headersSent) plain(response, 500, "Internal server error");
  else response.destroy();
}

const server = createServer((request, response) => {
  serve(request, response).catch((error: unknown) => fail(response, error));
});

server.on("error", (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === "EADDRINUSE"
      ? "is in use by another program"
      : error.code === "EACCES"
        ? "may not be used by this user"
        : `cannot be used (${error.code ?? error.message})`;
  console.error(`Port ${port} ${reason}: set PORT to a free one, e.g. PORT=${port + 1} npm run serve`);
  process.exit(1);
});

server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`Serving ${root} at http://127.0.0.1:${actual}${base}${rules.length ? " with its _headers" : ""}`);
});
