import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Block } from "./blocks.ts";
import { localImages, measureIn } from "./essay-images.ts";
import { compileRichText } from "./rich-text.ts";

const png = readFileSync(join(import.meta.dirname, "../../public/apple-touch-icon.png"));
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "essay-images-"));
  writeFileSync(join(folder, "icon one.png"), png);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("essay images", () => {
  it("measures an image in the essay's folder when the Markdown gives no size", () => {
    for (const markdown of ["![An icon](icon%20one.png)", "![An icon](<icon one.png>)"]) {
      const [figure] = compileRichText(markdown, ["f"], "en.md", { measureImage: measureIn(folder) });
      expect(figure).toMatchObject({ type: "figure", src: "icon one.png", width: 180, height: 180 });
    }
  });

  it("serves a local image from assets/media under the base path, named by its content, and keeps https images", () => {
    const blocks: Block[] = [
      { type: "figure", id: "a", src: "icon one.png", alt: "", width: 180, height: 180 },
      { type: "figure", id: "b", src: "https://example.org/x.png", alt: "", width: 1, height: 1 },
    ];
    const { blocks: built, media } = localImages(blocks, { folder, file: "en.md", base: "/essay/" });
    expect(built.map((block) => block.type === "figure" && block.src)).toEqual([
      expect.stringMatching(/^\/essay\/assets\/media\/icon-one-[0-9a-f]{10}\.png$/),
      "https://example.org/x.png",
    ]);
    expect(media).toEqual([
      { from: join(folder, "icon one.png"), to: (built[0] as { src: string }).src.slice("/essay/".length) },
    ]);
  });

  it("names the essay's file when an image is missing", () => {
    const blocks: Block[] = [{ type: "figure", id: "a", src: "gone.png", alt: "", width: 1, height: 1 }];
    expect(() => localImages(blocks, { folder, file: "essays/x/en.md", base: "/" })).toThrow(
      `essays/x/en.md: the image gone.png is not in ${folder}`,
    );
  });
});
