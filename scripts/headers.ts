// The _headers file that Netlify and Cloudflare Pages read: a path pattern on its own line, then indented
// `Name: value` lines; `#` starts a comment. public/_headers is the source; the build completes it.

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Filled in by the build (see the comment at the top of public/_headers). */
export const CSP_PLACEHOLDER = "{{content-security-policy}}";
export const REVALIDATED_PLACEHOLDER = "{{revalidated-paths}}";

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (colon < 1 || !rule) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map(({ path, headers }) => [path, ...headers.map(([n, v]) => `  ${n}: ${v}`)].join("\n")).join("\n\n");
}

/**
 * The paths whose files keep their names from deploy to deploy, so hosts must revalidate them (`no-cache`): `/`,
 * each top-level file, and each top-level folder as `/<folder>/*` (pages, their data, Markdown copies, feeds),
 * except assets/ (hashed names, cached for a year), sw.js (its own rule), the host's own files (`_headers`) and
 * hidden ones (`.vite/`).
 * Their number grows with the languages, never with the essays: Cloudflare Pages reads at most 100 rules.
 */
export function revalidatedPaths(top: readonly { name: string; folder: boolean }[]): string[] {
  const kept = top.filter(({ name }) => name !== "assets" && name !== "sw.js" && !/^[_.]/.test(name));
  return ["/", ...kept.map(({ name, folder }) => (folder ? `/${name}/*` : `/${name}`))];
}

/**
 * The source rules made concrete for one build: paths under the base, the policy filled in, and the revalidated
 * rule repeated for each of `revalidated` (see revalidatedPaths). Comments are dropped: the result is for machines.
 */
export function completeHeaders(
  source: string,
  { base, csp, revalidated }: { base: string; csp: string; revalidated: readonly string[] },
): string {
  const under = (path: string) => `${base}${path.replace(/^\//, "")}`;
  const rules = parseHeaders(source).flatMap(({ path, headers }) => {
    const filled = headers.map(([name, value]): [string, string] => [name, value.replace(CSP_PLACEHOLDER, csp)]);
    return path === REVALIDATED_PLACEHOLDER
      ? revalidated.map((each) => ({ path: under(each), headers: filled }))
      : [{ path: under(path), headers: filled }];
  });
  const text = formatHeaders(rules);
  if (text.includes("{{")) throw new Error(`_headers: a placeholder the build does not know:\n${text}`);
  return `${text}\n`;
}

/**
 * The headers of the rule for every path (`/*` under the base), written for nginx: one `add_header` each, with
 * `always` so that 404 answers carry them too. deploy/nginx.conf includes this file in each of its locations,
 * because an `add_header` in a location drops those of the levels above.
 */
export function nginxHeaders(text: string, base: string): string {
  const everyPath = parseHeaders(text).find(({ path }) => path === `${base}*`);
  if (!everyPath) throw new Error(`_headers: no rule for ${base}*, nothing to write for nginx`);
  const lines = everyPath.headers.map(([name, value]) => {
    if (/["\\$]/.test(value)) throw new Error(`_headers: ${name} has a character nginx would read: ${value}`);
    return `add_header ${name} "${value}" always;`;
  });
  return `# Written by the build from _headers (its ${base}* rule); see deploy/nginx.conf.\n${lines.join("\n")}\n`;
}

/** Netlify's matching: `*` is a splat (a whole trailing segment may be empty), a trailing slash is optional. */
function matches(pattern: string, path: string): boolean {
  const parts = pattern
    .split("/")
    .filter(Boolean)
    .map((part) =>
      part === "*"
        ? "?(.*)"
        : part
            .split("*")
            .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
            .join("(.*)"),
    );
  return new RegExp(`^/${parts.join("/")}/?$`, "i").test(path);
}

/**
 * The headers a request path gets: every matching rule applies. A header set by two matching rules is
 * joined with ", " (what Cloudflare Pages does; Netlify may keep either), so the site's file never does that.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = result.get(key);
      result.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return result;
}
