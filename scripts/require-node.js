// Runs before the npm scripts (their pre-hooks), on whatever Node the machine has, so it is plain JavaScript.
// `npm install` puts Node 24 into node_modules/.bin (the node-<os>-<cpu> optional dependency, see
// docs/decisions/003-node-from-the-npm-registry.md), which npm puts first on PATH for every script. Where that
// could not happen (an unsupported platform, optional dependencies omitted), say so in one sentence, before any
// tool fails with a stack trace on a Node it does not support.
import { readFileSync } from "node:fs";

const required = Number(readFileSync(new URL("../.nvmrc", import.meta.url), "utf8").trim());
const found = process.versions.node;
if (Number(found.split(".")[0]) < required) {
  console.error(
    `This project needs Node.js ${required} (found ${found} at ${process.execPath}): run \`npm install\` without ` +
      `--omit=optional so that it can add Node ${required} to node_modules/.bin, or install Node ${required} from ` +
      `https://nodejs.org/ (with nvm: \`nvm install\`, which reads .nvmrc).`,
  );
  process.exit(1);
}
