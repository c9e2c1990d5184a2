import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures.ts";

// Against the fixture publication tests/fixtures/translation-freshness (its README says what lags): English
// translations stamped before the German changed, one by a comma, one by a new paragraph.
const revised = { en: "en/second-thoughts/", de: "de/zweite-gedanken/" };
const added = { en: "en/a-postscript/", de: "de/ein-nachtrag/" };
const staleNote = "The original of this paragraph was revised after it was translated.";
const staleNoteDe = "Das Original dieses Absatzes wurde überarbeitet, nachdem er übersetzt wurde.";
const missingNote = "Not translated yet: this paragraph is shown in the German original.";

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** The paragraph's block: its text, its tools, its note. */
const block = (page: Page, id: string) => page.locator(".paragraph").filter({ has: page.locator(`[id="${id}"]`) });

test("a stale paragraph carries the note, no other does, and its current original is one click away", async ({
  page,
}) => {
  await open(page, revised.en);
  await expect(page.locator(".freshness-note")).toHaveCount(1);
  const paragraph = block(page, "second-thoughts");
  await expect(paragraph.locator(".freshness-note")).toHaveText(`${staleNote} Read the original`);
  const reveal = paragraph.getByRole("button", { name: "Show German" });
  await expect(reveal).toBeVisible();
  await reveal.click();
  // The German as it is now: the comma after "fehlt" is gone.
  await expect(paragraph.locator('.paragraph__counterpart[lang="de"]')).toHaveText(
    "Beim zweiten Lesen fällt auf, was fehlt und was zu viel ist.",
  );
  await expect(paragraph.getByRole("button", { name: "Hide German" })).toHaveAttribute("aria-expanded", "true");
});

test("the provenance line gives the translation's date and translator", async ({ page }) => {
  await open(page, added.en);
  await expect(page.locator(".provenance").first()).toContainText(
    "Translated on February 10, 2024. Translator: Ada Example.",
  );
});

test("the original has no notes; the lagging translation, revealed, carries its own note in its language", async ({
  page,
}) => {
  await open(page, revised.de);
  await expect(page.locator(".freshness-note")).toHaveCount(0);
  const paragraph = block(page, "second-thoughts");
  await paragraph.hover();
  await paragraph.getByRole("button", { name: "Englisch zeigen" }).click();
  const revealed = paragraph.locator('.paragraph__counterpart[lang="en"]');
  await expect(revealed.locator("> :first-child")).toHaveText(
    "On a second reading one notices what is missing, and what is too much.",
  );
  // No link: the original it would lead to is this page.
  await expect(revealed.locator('.freshness-note[lang="en"]')).toHaveText(staleNote);
});

for (const [lang, path, note, noteInTranslation] of [
  // The note stands under the translation's half: this page's own paragraph in English, the counterpart in German.
  ["en", `${revised.en}parallel/`, staleNote, ".paragraph--stale > .freshness-note"],
  ["de", `${revised.de}parallel/`, staleNoteDe, ".parallel__cell--stale > .freshness-note"],
] as const) {
  test(`the ${lang} parallel view marks exactly the stale pair, on both sides`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator(".paragraph")).toHaveCount(3);
    await expect(page.locator(".paragraph--stale")).toHaveCount(1);
    await expect(page.locator(".paragraph--stale > [data-paragraph]")).toHaveAttribute("id", "second-thoughts");
    await expect(page.locator(".parallel__cell--stale")).toHaveCount(1);
    await expect(page.locator(".parallel__cell--stale [data-paragraph]")).toHaveAttribute(
      "data-paragraph",
      "second-thoughts",
    );
    await expect(page.locator(".freshness-note")).toHaveCount(1);
    await expect(page.locator(noteInTranslation)).toHaveText(note);
  });
}

test("a missing paragraph is shown in the original, in its place, with lang and a note", async ({ page }) => {
  await open(page, added.en);
  await expect(page.locator("[data-paragraph]")).toHaveCount(4);
  await expect(page.locator("article [data-paragraph]").nth(2)).toHaveAttribute("id", "late-addition");
  const paragraph = block(page, "late-addition");
  await expect(paragraph.locator("#late-addition")).toHaveAttribute("lang", "de");
  await expect(paragraph.locator("#late-addition")).toHaveText(
    "Ein Absatz, der erst nach der Übersetzung geschrieben wurde, steht hier im Original.",
  );
  await expect(paragraph.locator(".freshness-note")).toHaveText(missingNote);
  await expect(paragraph.locator(".freshness-note")).toHaveAttribute("lang", "en");
  // The original is already there: nothing to reveal. The other paragraphs keep their control.
  await expect(paragraph.getByRole("button")).toHaveCount(0);
  await expect(block(page, "middle").getByRole("button", { name: "Show German" })).toHaveCount(1);
  await expect(page.locator(".freshness-note")).toHaveCount(1);
});

test("without JavaScript, the stale note links to its paragraph in the original", async ({ page }) => {
  await page.route("**/assets/*.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto(revised.en);
  const note = block(page, "second-thoughts").locator(".freshness-note");
  await expect(note).toContainText(staleNote);
  await note.getByRole("link", { name: "Read the original" }).click();
  await expect(page).toHaveURL(new RegExp(`/${revised.de}#second-thoughts$`));
  await expect(page.locator("#second-thoughts")).toHaveText(
    "Beim zweiten Lesen fällt auf, was fehlt und was zu viel ist.",
  );
  await expect(page.locator("#second-thoughts")).toBeInViewport();
});

test("the missing paragraph is in the static HTML too, for readers without JavaScript", async ({ page }) => {
  await page.route("**/assets/*.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto(added.en);
  await expect(page.locator('#late-addition[lang="de"]')).toBeVisible();
  await expect(page.getByText(missingNote)).toBeVisible();
});

test("revealing English under a paragraph the translation lacks says that it is not translated", async ({ page }) => {
  await open(page, added.de);
  const paragraph = block(page, "late-addition");
  await paragraph.hover();
  await paragraph.getByRole("button", { name: "Englisch zeigen" }).click();
  await expect(paragraph.locator(".paragraph__counterpart")).toHaveText(
    "Dieser Absatz ist noch nicht übersetzt (Englisch).",
  );
  // Said in the page's language (German), though it stands where English would.
  await expect(paragraph.locator(".paragraph__counterpart > p")).toHaveAttribute("lang", "de");
});

test("the feed keeps the notes, and the missing paragraph's lang", async ({ request }) => {
  const feed = await (await request.get("en/feed.xml")).text();
  expect(feed).toContain(`<p><small>${staleNote}</small></p>`);
  // The block as the page renders it (any kind), in a container that says its language.
  expect(feed).toContain('<div lang="de"><p>Ein Absatz, der erst nach der Übersetzung geschrieben wurde');
  expect(feed).toContain(`<p><small>${missingNote}</small></p>`);
});

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
for (const path of [revised.en, `${revised.de}parallel/`, added.en, `${added.en}parallel/`]) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [390, 1280]) {
      test.describe(() => {
        test.use({ colorScheme, viewport: { width, height: 800 } });
        test(`axe: ${path}, ${colorScheme}, ${width} px: no violations`, async ({ page }) => {
          await open(page, path);
          const results = await new AxeBuilder({ page }).withTags(tags).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          ).toEqual([]);
        });
      });
    }
  }
}
