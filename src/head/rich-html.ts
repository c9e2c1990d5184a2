import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { withAbsoluteUrls } from "../content/block-urls.ts";
import type { Block } from "../content/blocks.ts";
import { richBlock } from "../components/rich-text.tsx";
import { site } from "../site.ts";

/** An essay's blocks as HTML for a feed reader: the page's own rendering, every address absolute. */
export function blocksHtml(blocks: readonly Block[]): string {
  const absolute = withAbsoluteUrls(blocks, site.url);
  return renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      absolute.map((block) => createElement(Fragment, { key: block.id }, richBlock(block))),
    ),
  );
}
