import { relative } from "node:path";
import type { ImportReport } from "./import-medium.ts";

// What the command prints: every story imported (and how), skipped (and why), or left alone (and why).

export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const lines: string[] = [];
  const where = (path: string) => (relative(cwd, path).startsWith("..") ? path : relative(cwd, path));
  const changed = report.imported.filter((story) => story.status !== "unchanged");
  lines.push(
    `Imported ${report.imported.length} stories (${changed.length} written, ${report.imported.length - changed.length} unchanged):`,
  );
  for (const story of report.imported) {
    const images = story.images > 0 ? `, ${story.images} image${story.images === 1 ? "" : "s"}` : "";
    lines.push(`  ${story.status.padEnd(9)} ${where(story.path)}  "${story.title}" (${story.date}${images})`);
    if (story.dateFrom === "file name") {
      lines.push(`            no publication date in the story: the date ${story.date} is taken from its file name`);
    }
    for (const note of story.notes) lines.push(`            note: ${note}`);
  }
  lines.push(`Skipped ${report.skipped.length}:`);
  for (const skipped of report.skipped) lines.push(`  ${skipped.file}  "${skipped.title}": ${skipped.reason}`);
  if (report.conflicts.length > 0) {
    lines.push(`Not written, ${report.conflicts.length} (nothing of these stories was changed):`);
    for (const conflict of report.conflicts) lines.push(`  ${conflict.file}: ${conflict.message}`);
  }
  if (report.remoteImageHosts.length > 0) {
    lines.push(
      `Images stay on ${report.remoteImageHosts.join(", ")}: the site's Content-Security-Policy must allow ` +
        `img-src ${report.remoteImageHosts.map((host) => `https://${host}`).join(" ")}, and readers' browsers ` +
        "will contact that host.",
    );
  }
  return lines.join("\n");
}
