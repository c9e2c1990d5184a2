// Runs Debian's nginx with a server block from deploy/ as it is, for the host conformance suite: in the
// foreground, as an unprivileged-style process with its own prefix, pid, temp and log paths in a temporary
// folder. Only the listen address and the deployed folder (the `root` of the file) are put in.
//   node tests/hosts/nginx.ts <deploy/nginx.conf> <built folder> <base path> <port>
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [confFile, builtFolder, basePath, port] = process.argv.slice(2);
if (!confFile || !builtFolder || !basePath || !port) {
  throw new Error("usage: node tests/hosts/nginx.ts <server block> <built folder> <base path> <port>");
}

const server = readFileSync(confFile, "utf8");
const root = /^\s*root\s+(\S+);/m.exec(server)?.[1];
if (!root) throw new Error(`${confFile}: no "root" directive to point at ${builtFolder}`);
if (!/^\s*listen\s+80;/m.test(server)) throw new Error(`${confFile}: no "listen 80;" to replace with port ${port}`);

const prefix = mkdtempSync(join(tmpdir(), "nginx-"));
// Started as root, nginx runs its worker as an unprivileged user, which must reach the files.
chmodSync(prefix, 0o755);
// The folder that plays `root`: the build itself, or a folder with the build at the base path.
let webRoot = resolve(builtFolder);
if (basePath !== "/") {
  webRoot = join(prefix, "www");
  const mount = join(webRoot, basePath.replace(/^\/|\/$/g, ""));
  mkdirSync(join(mount, ".."), { recursive: true });
  symlinkSync(resolve(builtFolder), mount);
}

// `include mime.types` is relative to the configuration's folder, as in /etc/nginx.
symlinkSync("/etc/nginx/mime.types", join(prefix, "mime.types"));
writeFileSync(
  join(prefix, "server.conf"),
  server.replaceAll(root, webRoot).replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`),
);
writeFileSync(
  join(prefix, "nginx.conf"),
  `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/server.conf;
}
`,
);

const nginx = spawn(
  process.env.NGINX ?? "/usr/sbin/nginx",
  ["-p", prefix, "-e", `${prefix}/error.log`, "-c", `${prefix}/nginx.conf`, "-g", "daemon off;"],
  { stdio: "inherit" },
);
console.log(`nginx with ${confFile} serving ${builtFolder} at http://127.0.0.1:${port}${basePath} (prefix ${prefix})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => nginx.kill("SIGTERM"));
nginx.on("exit", (code, signal) => {
  if (code) console.error(`nginx exited with ${code}:\n${readFileSync(`${prefix}/error.log`, "utf8")}`);
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
