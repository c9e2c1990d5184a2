// scripts/serve.ts as a process, spoken to over raw sockets so that nothing normalizes the request paths first.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serveScript = join(import.meta.dirname, "../../scripts/serve.ts");
// Beside the served folder, where no request may reach: a file, a folder whose name starts like the served
// one's (the classic prefix check), and a symbolic link inside the site that points out of it.
const sentinel = `SENTINEL-${String(process.pid)}-outside-the-site`;

let dir: string;
let site: string;

interface Started {
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [serveScript], {
    env: { ...process.env, HEADERS: "none", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const port = /127\.0\.0\.1:(\d+)/.exec(stdout)?.[1];
      if (port) resolve({ child, port: Number(port), stderr: () => stderr });
    });
    child.once("exit", (code) => reject(new Error(`serve.ts exited with ${String(code)}: ${stderr}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", resolve);
  });
}

interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** One request with the target exactly as given (bytes, not a string a client library would fix up). */
function rawRequest(port: number, target: Buffer | string): Promise<RawResponse> {
  const bytes = typeof target === "string" ? Buffer.from(target, "latin1") : target;
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, headers: head, body: rest.join("\r\n\r\n") });
    });
    // write, not end: a half-closed connection may be dropped before the answer; Connection: close ends it.
    socket.write(
      Buffer.concat([
        Buffer.from("GET "),
        bytes,
        Buffer.from(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n"),
      ]),
    );
  });
}

/** A small deterministic generator, so every run sends the same odd paths. */
function* oddPaths(count: number): Generator<Buffer> {
  const pieces = [
    "..",
    ".",
    "%2e",
    "%2E%2e",
    "%2f",
    "%2F",
    "%5c",
    "\\",
    "/",
    "//",
    "de",
    "en",
    "autor",
    "index.html",
    "404.html",
    "secret.txt",
    "site-sibling",
    "outside",
    "%",
    "%0",
    "%00",
    "%zz",
    "%c0%ae",
    "%c0%af",
    "%e0%80%ae",
    "%ff",
    "%25",
    "%252e",
    "?",
    "?a=%",
    "#",
    ";",
    "%3f",
    "%23",
    " ",
    "%20",
    "~",
    "ä",
    "\u00ff",
    "\x00",
    "\x01",
    "\x1b",
    "\x7f",
    "\r",
    "\t",
    "%0d%0a",
    "%u002e",
    "..;",
    "%2e%2e%5c",
    "....//",
    "%C0%2E",
  ];
  let seed = 20170822;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let index = 0; index < count; index++) {
    const parts = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]);
    yield Buffer.from(`/${parts.join(next() < 0.5 ? "/" : "")}`, "utf8");
  }
}

const curated: (Buffer | string)[] = [
  "/%",
  "/de/autor/%",
  "/%zz",
  "/%E0%A4%A",
  "/%00",
  "/de/%00/",
  "/..",
  "/../secret.txt",
  "/%2e%2e/secret.txt",
  "/%2e%2e%2fsecret.txt",
  "/..%2fsecret.txt",
  "/..%5csecret.txt",
  "/de/../../secret.txt",
  "/.%2e/.%2e/secret.txt",
  "/%2e%2e/site-sibling/",
  "/../site-sibling/index.html",
  "//secret.txt",
  "//../secret.txt",
  "///../../secret.txt",
  "/outside",
  "/outside/",
  "/%c0%ae%c0%ae/secret.txt",
  `/${"../".repeat(64)}secret.txt`,
  `/${"%2e%2e%2f".repeat(64)}secret.txt`,
  `/${"a".repeat(8000)}`,
  `/de/?${"x".repeat(8000)}`,
  `/${"de/".repeat(2000)}`,
  "*",
  "de/",
  "http://127.0.0.1/../secret.txt",
  "http://evil.example/de/",
  "/de/%0d%0aSet-Cookie:%20x=1",
  "/evil.example%2f",
  Buffer.from([0x2f, 0xff, 0xfe, 0x2f]),
  Buffer.from([0x2f, 0xc3, 0xa4, 0x2f]),
  Buffer.from([0x2f, 0x64, 0x65, 0x01]),
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "serve-test-"));
  site = join(dir, "site");
  for (const folder of ["de/autor", "en", "evil.example"]) await mkdir(join(site, folder), { recursive: true });
  await writeFile(join(site, "index.html"), "root page");
  await writeFile(join(site, "de/index.html"), "German page");
  await writeFile(join(site, "de/autor/index.html"), "German author page");
  await writeFile(join(site, "evil.example/index.html"), "a folder named like a host");
  await writeFile(join(site, "404.html"), "the site's 404 page");
  await writeFile(join(dir, "secret.txt"), sentinel);
  await mkdir(join(dir, "site-sibling"));
  await writeFile(join(dir, "site-sibling/index.html"), sentinel);
  await symlink(join(dir, "secret.txt"), join(site, "outside"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("scripts/serve.ts", () => {
  let server: Started;

  beforeAll(async () => {
    server = await start({ OUT_DIR: site, PORT: "0" });
  });

  afterAll(() => {
    server.child.kill();
  });

  it("serves like a static host: pages, a redirect to the folder, 404.html with status 404", async () => {
    const page = await rawRequest(server.port, "/de/");
    expect([page.status, page.body]).toEqual([200, "German page"]);
    const folder = await rawRequest(server.port, "/de/autor?x=1");
    expect(folder.status).toBe(301);
    expect(folder.headers).toMatch(/^location: \/de\/autor\/\?x=1$/im);
    const missing = await rawRequest(server.port, "/nope");
    expect([missing.status, missing.body]).toEqual([404, "the site's 404 page"]);
  });

  it("answers malformed paths with 400 and keeps serving", async () => {
    for (const target of ["/%", "/de/autor/%", "/%E0%A4%A", "/de/%00/"]) {
      const response = await rawRequest(server.port, target);
      expect(response.status, target).toBe(400);
    }
    expect((await rawRequest(server.port, "/de/")).status).toBe(200);
  });

  it("never redirects to another host", async () => {
    const response = await rawRequest(server.port, "//evil.example");
    expect(response.status).toBe(301);
    expect(response.headers).toMatch(/^location: \/evil\.example\/$/im);
  });

  it("survives a few hundred odd request paths and never serves a file outside its folder", async () => {
    const statuses = new Map<number, number>();
    const targets = [...curated, ...oddPaths(400)];
    for (const target of targets) {
      const response = await rawRequest(server.port, target);
      const shown = JSON.stringify(Buffer.from(target).toString("latin1").slice(0, 200));
      expect(response.body, shown).not.toContain(sentinel);
      // 400 and 404 are answers; 431 is Node's for a request head over 16 kB. Never an error of the server's own.
      expect([200, 301, 400, 404, 431], shown).toContain(response.status);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    console.log(`serve.ts fuzz: ${String(targets.length)} requests, statuses`, Object.fromEntries(statuses));
    expect(server.child.exitCode).toBeNull();
    const after = await rawRequest(server.port, "/de/");
    expect([after.status, after.body]).toEqual([200, "German page"]);
  });

  it("answers an unknown path with a plain 404 naming it where the folder has no 404 page", async () => {
    const bare = join(dir, "bare");
    await mkdir(bare);
    await writeFile(join(bare, "index.html"), "bare page");
    const other = await start({ OUT_DIR: bare, PORT: "0" });
    try {
      const missing = await rawRequest(other.port, "/favicon.ico");
      expect(missing.status).toBe(404);
      expect(missing.body).toContain("Not found: /favicon.ico");
      expect(other.stderr()).toBe("");
    } finally {
      other.child.kill();
    }
  });

  it("names the port and the PORT variable when the port is taken, in one line", async () => {
    const second = spawn(process.execPath, [serveScript], {
      env: { ...process.env, OUT_DIR: site, PORT: String(server.port), HEADERS: "none" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    second.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(second)).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `Port ${String(server.port)} is in use by another program: set PORT to a free one, e.g. PORT=${String(server.port + 1)} npm run serve`,
    ]);
  });

  it("says what to do when there is nothing built to serve", async () => {
    const child = spawn(process.execPath, [serveScript], {
      env: { ...process.env, OUT_DIR: join(dir, "not-built"), PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toMatch(/not-built does not exist\. Run `npm run build` first/);
  });
});
