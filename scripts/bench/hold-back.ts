// A proxy in front of a bench server that holds back the browser's own requests: a page's tab icon, and its web app
// manifest with the manifest's icons, which the browser fetches once the document has loaded (for the tab and the
// install check), for the app and the bare page alike. They are not part of what a page paints, but Lighthouse's
// simulation counts every request that ends before the observed paint towards LCP, so whether they beat the paint, a
// race the machine's load decides, moved LCP by one or two simulated round trips from run to run, for the bare page as
// much as for the app (decision 004). Here they fail, half a second after they were made: after the paint in every run,
// so outside the simulated paints, and as failures, which the simulation also leaves out of its estimate of the
// server's response time (answered after a delay instead, they made that estimate, a median over the origin's requests,
// as long as the delay for the bare page, whose only other request is the document).
// Plain node:http rather than a proxy library: it forwards to one local server and refuses a few paths.
import { createServer, request, type Server } from "node:http";

/**
 * Listens on `port` and forwards every request to `upstream` (a port on 127.0.0.1), except those whose path (without
 * the query) is in `paths` (`/favicon.svg`): after `ms` milliseconds, they get an answer that is not HTTP, which
 * fails them.
 * Resolves once listening.
 */
export function holdBackProxy(port: number, upstream: number, paths: ReadonlySet<string>, ms: number): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    // Not an HTTP answer: a failure the browser does not retry (a connection closed unanswered is retried, twice).
    if (paths.has((incoming.url ?? "/").replace(/[?#].*/, ""))) {
      setTimeout(() => incoming.socket.end("refused\r\n\r\n"), ms);
      return;
    }
    const proxied = request(
      { host: "127.0.0.1", port: upstream, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    proxied.on("error", (error) => outgoing.destroy(error));
    incoming.pipe(proxied);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
