import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compileRichText } from "../../../src/content/rich-text.ts";
import { formatReport } from "../../../scripts/import-medium/report.ts";
import { describe as describeStory } from "../../../scripts/import-medium/essay-files.ts";
import { importMedium, readStories, type ImportOptions } from "../../../scripts/import-medium/import-medium.ts";
import { detectLanguage, guessLanguages } from "../../../scripts/import-medium/language.ts";
import { limits } from "../../../scripts/import-medium/read-export.ts";
import type { Story } from "../../../scripts/import-medium/story.ts";
import { blockText } from "../../../src/content/rich-text.ts";
import { fixtureArchive, fixturePosts, serveImages, type ImageServer } from "../../fixtures/medium/fixture-archive.ts";

// The importer end to end on the fixture export: a ZIP built from tests/fixtures/medium, images from a local stand-in
// for Medium's CDN (on a free port), a temporary content folder.

const root = join(import.meta.dirname, "../../..");
let work: string;
let content: string;
let server: ImageServer;
let archive: string;

beforeAll(async () => {
  server = await serveImages();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "medium-import-"));
  content = join(work, "content");
  archive = fixtureArchive(join(work, "medium-export.zip"), { imageBase: server.base });
  server.requests.length = 0;
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const byText = (story: Story) => detectLanguage(story.blocks.map(blockText).join(" ")) ?? "en";
const run = (options: Partial<ImportOptions> = {}) =>
  importMedium({ input: archive, contentDir: content, languageOf: byText, ...options });

/** Every file under the content folder with its content and modification time. */
function snapshot(): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(content, path), { text: readFileSync(path, "latin1"), mtime: statSync(path).mtimeMs });
    }
  };
  walk(content);
  return files;
}
const read = (path: string) => readFileSync(join(content, path), "utf8");
const frontMatter = (path: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(read(path))![1]!) as Record<string, unknown>;

describe("importing the fixture archive", { timeout: 30_000 }, () => {
  it("imports the published stories, skips the draft and the response with reasons", async () => {
    const report = await run();
    expect(report.imported.map((story) => [story.title, relative(content, story.path), story.status])).toEqual([
      ["Trennung vom Kunden", "essays/trennung-vom-kunden/de.md", "created"],
      ["Notes on Leaving Well", "essays/notes-on-leaving-well/en.md", "created"],
      ["Every Kind of Paragraph", "essays/every-kind-of-paragraph/en.md", "created"],
      ["Why Small Teams Ship", "essays/why-small-teams-ship/en.md", "created"],
    ]);
    expect(report.skipped.map((skipped) => [skipped.title, skipped.reason])).toEqual([
      ["Great point about budgets…", "response: no title heading, and named after its first words"],
      ["Half-Finished Thoughts", "draft: never published on Medium"],
    ]);
    expect(report.skipped[0]?.file).toBe(
      "medium-export.zip:posts/2019-04-01_Great-point-about-budgets-1234abcd5678.html",
    );
  });

  it("writes essay.yml and the original's Markdown in the content contract", async () => {
    await run();
    expect(parseYaml(read("essays/trennung-vom-kunden/essay.yml"))).toEqual({
      original: "de",
      date: "2017-08-22",
      tags: ["Business", "Kunden"],
      firstPublished: { name: "Medium", url: "https://medium.com/@digital.mensch/trennung-vom-kunden-3f5a1b2c3d4e" },
      imported: {
        from: "medium",
        story: "3f5a1b2c3d4e",
        file: "de.md",
        sha256: createHash("sha256").update(read("essays/trennung-vom-kunden/de.md")).digest("hex"),
      },
    });
    expect(frontMatter("essays/trennung-vom-kunden/de.md")).toEqual({
      title: "Trennung vom Kunden",
      description: "Trennungen gehören zum Leben – warum nicht auch im Geschäft?",
      slug: "trennung-vom-kunden",
      paragraphs: ["p-c0a1", "p-d2b3", "p-e4c5", "p-f6d7"],
    });
    expect(read("essays/trennung-vom-kunden/de.md")).toContain(
      "\n\nAuch für geschäftliche und unternehmerische Beziehungen sollte dies *eigentlich* genauso gelten.\n\n",
    );
  });

  it("writes Markdown that compiles to every kind of block, with the paragraph ids of the front matter", async () => {
    await run();
    const source = read("essays/every-kind-of-paragraph/en.md");
    const ids = frontMatter("essays/every-kind-of-paragraph/en.md").paragraphs as string[];
    const blocks = compileRichText(source.replace(/^---\n[\s\S]*?\n---\n/, ""), ids, "en.md");
    expect(new Set(blocks.map((block) => block.type))).toEqual(
      new Set(["paragraph", "heading", "figure", "list", "blockquote", "pullquote", "code", "section-break"]),
    );
    expect(blocks.find((block) => block.type === "code")).toMatchObject({ language: "typescript" });
  });

  it("downloads each image into the essay's folder, with its real size", async () => {
    await run();
    expect(server.requests.sort()).toEqual(["/max/800/1*Square-Icon_02.png", "/max/800/1*Wide-Picture_01.png"]);
    const folder = join(content, "essays/every-kind-of-paragraph");
    expect(readdirSync(folder).sort()).toEqual(["1-Square-Icon_02.png", "1-Wide-Picture_01.png", "en.md", "essay.yml"]);
    expect(readFileSync(join(folder, "1-Wide-Picture_01.png"))).toEqual(
      readFileSync(join(root, "public/og-image.png")),
    );
    expect(read("essays/every-kind-of-paragraph/en.md")).toContain(
      "![A wide picture: a grey card with a title on it](1-Wide-Picture_01.png){width=1200 height=630}\nThe caption, with [a credit](https://example.org/photographer)",
    );
  });

  it("takes the date of a story without dt-published from its file name, and says so", async () => {
    const report = await run();
    expect(report.imported.find((story) => story.title === "Notes on Leaving Well")).toMatchObject({
      date: "2018-05-02",
      dateFrom: "file name",
    });
    expect(formatReport(report, work)).toContain(
      "no publication date in the story: the date 2018-05-02 is taken from its file name",
    );
  });

  it("describes a story with a short subtitle by its opening, cut at a word", async () => {
    await run();
    const { description } = frontMatter("essays/notes-on-leaving-well/en.md") as { description: string };
    expect(description).toBe(
      "Leaving a client well takes more care than winning one, and it is remembered for longer by everyone involved in the work. Say why, say when, and hand over everything…",
    );
    expect(description.length).toBeLessThanOrEqual(170);
  });
});

describe("re-importing", { timeout: 30_000 }, () => {
  it("changes no file when the archive is the same, and downloads nothing again", async () => {
    await run();
    const before = snapshot();
    server.requests.length = 0;
    const report = await run();
    expect(report.imported.map((story) => story.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(snapshot()).toEqual(before);
    expect(server.requests).toEqual([]);
  });

  it("updates only the original's file of a story that changed, never its translation, keeping the writer's essay.yml edits", async () => {
    await run();
    const translation = "---\ntitle: Breaking Up with a Client\n---\n\nMy own translation.\n";
    writeFileSync(join(content, "essays/trennung-vom-kunden/en.md"), translation);
    const yml = join(content, "essays/trennung-vom-kunden/essay.yml");
    writeFileSync(yml, `# my note\n${readFileSync(yml, "utf8")}updated: 2026-01-01\n`);
    const changed = readFileSync(
      join(fixturePosts, "2017-08-22_Trennung-vom-Kunden-3f5a1b2c3d4e.html"),
      "utf8",
    ).replace("genauso gelten.", "genauso gelten, finde ich.");
    archive = fixtureArchive(join(work, "changed.zip"), {
      imageBase: server.base,
      extra: { "posts/2017-08-22_Trennung-vom-Kunden-3f5a1b2c3d4e.html": changed },
    });
    const report = await run();
    expect(report.imported.map((story) => story.status)).toEqual(["updated", "unchanged", "unchanged", "unchanged"]);
    expect(read("essays/trennung-vom-kunden/de.md")).toContain("genauso gelten, finde ich.");
    expect(read("essays/trennung-vom-kunden/en.md")).toBe(translation);
    const updated = readFileSync(yml, "utf8");
    expect(updated).toMatch(/^# my note\n/);
    expect(parseYaml(updated)).toMatchObject({ updated: "2026-01-01", imported: { file: "de.md" } });
  });

  it("never overwrites a file it did not write, or one edited since, without --force", async () => {
    await run();
    const edited = join(content, "essays/why-small-teams-ship/en.md");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nA paragraph the writer added.\n`);
    const foreign = join(content, "essays/trennung-vom-kunden/essay.yml");
    writeFileSync(foreign, "original: de\ndate: 2017-08-22\n");
    const before = snapshot();
    const report = await run();
    expect(report.conflicts).toEqual([
      {
        file: "medium-export.zip:posts/2017-08-22_Trennung-vom-Kunden-3f5a1b2c3d4e.html",
        message: `${foreign} was not written by this importer for this story (--force overwrites it)`,
      },
      {
        file: "medium-export.zip:posts/2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html",
        message: `${edited} was edited since the import (--force overwrites it)`,
      },
    ]);
    expect(snapshot()).toEqual(before);
    const forced = await run({ force: true });
    expect(forced.conflicts).toEqual([]);
    expect(readFileSync(edited, "utf8")).not.toContain("A paragraph the writer added.");
    expect(parseYaml(readFileSync(foreign, "utf8"))).toMatchObject({ imported: { story: "3f5a1b2c3d4e" } });
  });
});

describe("addresses", { timeout: 30_000 }, () => {
  const twin = () =>
    readFileSync(join(fixturePosts, "2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html"), "utf8").replaceAll(
      "0a9b8c7d6e5f",
      "feedc0ffee00",
    );

  it("two stories with one title get two folders and two addresses, the same on every re-import", async () => {
    archive = fixtureArchive(join(work, "twins.zip"), {
      imageBase: server.base,
      extra: { "posts/2021-05-05_Why-Small-Teams-Ship-feedc0ffee00.html": twin() },
    });
    const first = await run();
    const twins = first.imported.filter((story) => story.title === "Why Small Teams Ship");
    expect(twins.map((story) => relative(content, story.path))).toEqual([
      "essays/why-small-teams-ship/en.md",
      "essays/why-small-teams-ship-feed/en.md",
    ]);
    expect(frontMatter("essays/why-small-teams-ship/en.md").slug).toBe("why-small-teams-ship");
    expect(frontMatter("essays/why-small-teams-ship-feed/en.md").slug).toBe("why-small-teams-ship-feed");
    expect(twins[1]?.notes).toContain(
      "the address /en/why-small-teams-ship/ is taken by twins.zip:posts/2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html: this story's is /en/why-small-teams-ship-feed/",
    );
    const before = snapshot();
    const again = await run();
    expect(again.imported.every((story) => story.status === "unchanged")).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it("moves a story off an address the site already has (another essay's slug, the author page)", async () => {
    const one = join(work, "one.html");
    writeFileSync(one, readFileSync(join(fixturePosts, "2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html")));
    // A hand-written essay already has the address; the import must not take it.
    const mine = join(content, "essays/small-teams");
    mkdirSync(mine, { recursive: true });
    writeFileSync(join(mine, "en.md"), "---\ntitle: Small\nslug: why-small-teams-ship\n---\n\nText.\n");
    const report = await run({ input: one });
    expect(relative(content, report.imported[0]?.path ?? "")).toBe("essays/why-small-teams-ship/en.md");
    expect(frontMatter("essays/why-small-teams-ship/en.md").slug).toBe("why-small-teams-ship-0a9b");
    expect(report.imported[0]?.notes.join("\n")).toContain("is taken by essays/small-teams/en.md");
    expect(readFileSync(join(mine, "en.md"), "utf8")).toContain("slug: why-small-teams-ship");
  });
});

describe("images that cannot be downloaded", { timeout: 30_000 }, () => {
  it("stops before writing anything, naming the images", async () => {
    // A port that was just free and is closed again: nothing answers there.
    const gone = await serveImages();
    await gone.close();
    archive = fixtureArchive(join(work, "offline.zip"), { imageBase: gone.base });
    const error = await run().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(String(error)).toContain("Nothing was imported: 2 image(s) could not be downloaded (offline?):\n");
    expect(String(error)).toContain(
      `  offline.zip:posts/2019-03-14_Every-Kind-of-Paragraph-8c2d4e6f8a0b.html: ${gone.base}max/800/1*Wide-Picture_01.png (fetch failed: connect ECONNREFUSED`,
    );
    expect(() => readdirSync(content)).toThrow(/ENOENT/);
  });

  it("keeps Medium's addresses with --keep-remote-images, and names the host the CSP must allow", async () => {
    archive = fixtureArchive(join(work, "remote.zip"));
    const report = await run({ keepRemoteImages: true });
    expect(report.remoteImageHosts).toEqual(["cdn-images-1.medium.com"]);
    expect(read("essays/every-kind-of-paragraph/en.md")).toContain(
      "](https://cdn-images-1.medium.com/max/800/1*Wide-Picture_01.png){width=1200 height=630}",
    );
    expect(formatReport(report, work)).toContain(
      "the site's Content-Security-Policy must allow img-src https://cdn-images-1.medium.com",
    );
  });
});

describe("bad input", { timeout: 30_000 }, () => {
  it("an unreadable ZIP", async () => {
    const broken = join(work, "broken.zip");
    writeFileSync(broken, "PK\u0003\u0004 not really a zip");
    await expect(run({ input: broken })).rejects.toThrow(`${broken}: not a readable ZIP archive`);
  });

  it("a ZIP without posts", async () => {
    archive = fixtureArchive(join(work, "other.zip"));
    const empty = join(work, "empty.zip");
    const { zipSync } = await import("fflate");
    writeFileSync(empty, zipSync({ "notes/hello.txt": new TextEncoder().encode("hi") }));
    await expect(run({ input: empty })).rejects.toThrow(
      `${empty}: not a Medium export (no posts/*.html in the archive)`,
    );
  });

  it("an HTML file that is not a Medium story stops the import and names it; nothing is written", async () => {
    archive = fixtureArchive(join(work, "mixed.zip"), {
      imageBase: server.base,
      extra: { "posts/notes.html": "<html><body><h1>My notes</h1></body></html>" },
    });
    await expect(run()).rejects.toThrow("mixed.zip:posts/notes.html: not a Medium export");
    expect(() => readdirSync(content)).toThrow(/ENOENT/);
  });

  it("an archive with an entry outside its folder stops the import, naming the entry; nothing is written", async () => {
    for (const name of ["../posts/evil.html", "/etc/posts/x.html", "posts\\..\\..\\x.html", "a/../../posts/x.html"]) {
      archive = fixtureArchive(join(work, "unsafe.zip"), { imageBase: server.base, extra: { [name]: "<p>x</p>" } });
      await expect(run(), name).rejects.toThrow(
        `unsafe.zip: not imported, these entries are not what Medium writes:\n  ${name}: an unsafe name`,
      );
      expect(() => readdirSync(content)).toThrow(/ENOENT/);
    }
  });

  it("a story far larger than any Medium story, and an archive far larger than any export, are refused by name", async () => {
    const { zipSync } = await import("fflate");
    const huge = join(work, "huge.zip");
    // 17 MB of text compress to a few kilobytes: the entry's unpacked size is what counts, and it is never unpacked.
    writeFileSync(huge, zipSync({ "posts/2020-01-01_Huge-0123456789ab.html": new Uint8Array(17 * 1024 ** 2) }));
    await expect(run({ input: huge })).rejects.toThrow(
      "huge.zip: not imported, these entries are not what Medium writes:\n  posts/2020-01-01_Huge-0123456789ab.html: 17.0 MB unpacked, more than a story holds",
    );
    const saved = limits.archiveBytes;
    limits.archiveBytes = 1024;
    try {
      await expect(run()).rejects.toThrow(/medium-export\.zip: 0\.\d MB is more than a Medium export holds/);
    } finally {
      limits.archiveBytes = saved;
    }
    expect(() => readdirSync(content)).toThrow(/ENOENT/);
  });

  it("a story that is not UTF-8 text stops the import, naming it", async () => {
    const { zipSync } = await import("fflate");
    const latin1 = join(work, "latin1.zip");
    writeFileSync(
      latin1,
      zipSync({ "posts/2020-01-01_Gruesse-0123456789ab.html": new Uint8Array([0x47, 0x72, 0xfc]) }),
    );
    await expect(run({ input: latin1 })).rejects.toThrow(
      "latin1.zip:posts/2020-01-01_Gruesse-0123456789ab.html: not UTF-8 text",
    );
  });

  it("a story cut off mid-file (broken HTML) stops the import, naming it; nothing is written", async () => {
    const whole = readFileSync(join(fixturePosts, "2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html"), "utf8");
    archive = fixtureArchive(join(work, "cut.zip"), {
      imageBase: server.base,
      extra: { "posts/2021-02-02_Cut-Off-aaaabbbbcccc.html": whole.slice(0, whole.indexOf("<footer")) },
    });
    await expect(run()).rejects.toThrow("cut.zip:posts/2021-02-02_Cut-Off-aaaabbbbcccc.html: not a Medium export");
    expect(() => readdirSync(content)).toThrow(/ENOENT/);
  });

  it("one story, or the posts folder, instead of the archive", async () => {
    const one = join(fixturePosts, "2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html");
    expect((await run({ input: one })).imported.map((story) => story.title)).toEqual(["Why Small Teams Ship"]);
    const folder = await run({ input: fixturePosts, keepRemoteImages: true });
    expect(folder.imported).toHaveLength(4);
  });
});

describe("language", { timeout: 30_000 }, () => {
  it("tells the German story from the English ones", async () => {
    const report = await run();
    expect(report.imported.map((story) => relative(content, story.path).split("/").at(-1))).toEqual([
      "de.md",
      "en.md",
      "en.md",
      "en.md",
    ]);
  });

  it("without --lang and without a terminal, the command shows its guesses and asks for confirmation", async () => {
    const cli = join(root, "scripts/import-medium/cli.ts");
    const result = await promisify(execFile)(process.execPath, [cli, fixturePosts, "--out", content], {
      cwd: root,
    }).catch((error: unknown) => error as { stdout: string; stderr: string; code: number });
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stdout: string }).stdout).toContain("  de  Trennung vom Kunden\n");
    expect((result as { stderr: string }).stderr).toContain(
      "Not confirmed (no terminal to ask). Run again with --lang <code> for all stories (e.g. --lang de).",
    );
    expect(() => readdirSync(content)).toThrow(/ENOENT/);
  });
});

describe("language", { timeout: 30_000 }, () => {
  it("writes each story in the language the writer confirmed from the guesses", async () => {
    const guesses = guessLanguages(readStories(archive).stories);
    const report = await run({ languageOf: (story) => guesses.get(story.file) ?? "" });
    expect(report.imported.map((story) => relative(content, story.path))).toEqual([
      "essays/trennung-vom-kunden/de.md",
      "essays/notes-on-leaving-well/en.md",
      "essays/every-kind-of-paragraph/en.md",
      "essays/why-small-teams-ship/en.md",
    ]);
  });

  it("refuses to write a story without a two-letter language, naming it; nothing is written", async () => {
    await expect(run({ languageOf: (story) => (story.title === "Why Small Teams Ship" ? "" : "en") })).rejects.toThrow(
      'medium-export.zip:posts/2020-01-10_Why-Small-Teams-Ship-0a9b8c7d6e5f.html: no language for "Why Small Teams Ship" (got "")',
    );
    expect(() => readdirSync(content)).toThrow(/ENOENT/);
  });
});

describe("description", { timeout: 30_000 }, () => {
  it("is the subtitle when it fits, else the opening, never longer than 170 characters", () => {
    const paragraph = (text: string) => ({
      type: "paragraph" as const,
      id: "p",
      content: [{ type: "text" as const, text }],
    });
    const fits = "A subtitle long enough to describe the story in a search result.";
    expect(describeStory({ subtitle: fits, blocks: [] })).toBe(fits);
    expect(
      describeStory({
        subtitle: "",
        blocks: [paragraph("Short opening. But a second sentence makes it long enough.")],
      }),
    ).toBe("Short opening. But a second sentence makes it long enough.");
    const long = describeStory({ subtitle: "", blocks: [paragraph("word ".repeat(60))] });
    expect(long.length).toBeLessThanOrEqual(170);
    expect(long).toMatch(/word…$/);
  });
});
