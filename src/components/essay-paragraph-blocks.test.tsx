import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import type { Block } from "../content/blocks.ts";
import { loadMessages, registerMessages } from "../i18n/i18n.ts";
import { renderInPage } from "../../tests/render-app.tsx";
import { EssayParagraph } from "./essay-paragraph.tsx";

// An essay's blocks of every kind keep what a paragraph has: an id, a link to itself, and its counterpart in the
// other language on request.

beforeAll(async () => registerMessages("en", await loadMessages("en")));

const show = (element: React.ReactNode) => renderInPage(element, "en");

const figure = (id: string, alt: string): Block => ({
  type: "figure",
  id,
  src: `/assets/media/${id}.png`,
  alt,
  width: 800,
  height: 600,
  caption: [{ type: "text", text: `Caption of ${alt}` }],
});

describe("EssayParagraph with rich blocks", () => {
  it("gives a figure its id and a link to itself, and reveals the counterpart figure in its language", async () => {
    const counterpart = figure("f", "Ein Schreibtisch");
    const { container } = await show(
      <EssayParagraph
        paragraph={figure("f", "A desk")}
        number={3}
        counterpart={{ lang: "de", name: "German", block: counterpart, reveal: () => Promise.resolve() }}
      />,
    );
    expect(container.querySelector("figure#f")).toHaveAttribute("data-paragraph", "f");
    expect(screen.getByRole("link", { name: "Link to paragraph 3" })).toHaveAttribute("href", "#f");
    await userEvent.click(screen.getByRole("button", { name: "Show German" }));
    const revealed = screen.getByRole("img", { name: "Ein Schreibtisch" }).closest(".paragraph__counterpart");
    expect(revealed).toHaveAttribute("lang", "de");
    expect(revealed).toBeVisible();
    // The copy has no id of its own: `#f` still leads to one element.
    expect(container.querySelectorAll("#f")).toHaveLength(1);
  });

  it("reveals a counterpart list item by item", async () => {
    const list = (items: string[]): Block => ({
      type: "list",
      id: "l",
      ordered: true,
      items: items.map((text) => [{ type: "text", text }]),
    });
    await show(
      <EssayParagraph
        paragraph={list(["One", "Two"])}
        number={1}
        counterpart={{ lang: "de", name: "German", block: list(["Eins", "Zwei"]), reveal: () => Promise.resolve() }}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Show German" }));
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["One", "Two", "Eins", "Zwei"]);
  });

  it("keeps a section break's id, without tools: it is a place, not text", async () => {
    const { container } = await show(<EssayParagraph paragraph={{ type: "section-break", id: "s" }} number={5} />);
    expect(screen.getByRole("separator")).toHaveAttribute("id", "s");
    expect(container.querySelector(".paragraph-tools")).toBeNull();
  });
});
