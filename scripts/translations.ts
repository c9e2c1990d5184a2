// `npm run translations [-- --strict] [essay…]`: the freshness of every translation in the content folder.
// --strict (for a writer's CI) exits 1 when a paragraph is stale or missing; bad content exits 2.
import { parseArgs } from "node:util";
import { contentDir } from "../src/content/content-plugin.ts";
import { failsStrict, formatReport, translationReport } from "../src/content/translation-report.ts";

const { values, positionals } = parseArgs({
  options: { strict: { type: "boolean", default: false } },
  allowPositionals: true,
});
try {
  const report = translationReport(contentDir(), positionals);
  console.log(formatReport(report));
  if (values.strict && failsStrict(report)) {
    console.error("translations --strict: stale or missing paragraphs (see above)");
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
