// The bench's proxy (scripts/bench/hold-back.ts): forwards a page's requests as they are; the browser's own for the
// icons and the manifest fail, later.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdBackProxy } from "../../scripts/bench/hold-back.ts";

let upstream: Server;
let proxy: Server;
let base: string;
const ms = 300;

beforeAll(async () => {
  upstream = createServer((request, response) => {
    if (request.url === "/missing") response.writeHead(404, { "content-type": "text/plain" }).end("nothing here");
    else response.writeHead(200, { "content-type": "text/html", "x-from": "upstream" }).end(`page ${request.url}`);
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  proxy = await holdBackProxy(0, (upstream.address() as AddressInfo).port, new Set(["/favicon.svg"]), ms);
  base = `http://127.0.0.1:${String((proxy.address() as AddressInfo).port)}`;
});
afterAll(() => {
  proxy.close();
  upstream.close();
});

describe("the bench's hold-back proxy", () => {
  it("forwards a page with its status, headers and body", async () => {
    const response = await fetch(`${base}/de/?x=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-from")).toBe("upstream");
    expect(await response.text()).toBe("page /de/?x=1");
    expect((await fetch(`${base}/missing`)).status).toBe(404);
  });

  it("refuses a held-back path, whatever its query, no sooner than its delay", async () => {
    const started = performance.now();
    await expect(fetch(`${base}/favicon.svg?v=2`)).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(ms - 5);
  });
});
