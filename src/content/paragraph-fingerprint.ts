import { createHash } from "node:crypto";
import type { Block } from "./blocks.ts";
import { toMarkdown } from "./rich-text-markdown.ts";

// Build-time only (node:crypto): readers receive the derived states, never a hash function.

/**
 * The text a fingerprint is taken of: Unicode NFC, every run of whitespace (line breaks, tabs, no-break spaces)
 * as one space, no leading or trailing space. Re-wrapping a paragraph in an editor therefore changes nothing;
 * any other character (a comma, a quotation mark, an emphasis marker) changes the fingerprint.
 */
export function normalizeParagraph(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * A short, stable fingerprint of a paragraph's text (as compiled from one top-level block): the first 12 hex
 * digits (48 bits) of the SHA-256 of its normalized text. The same text gives the same fingerprint on every
 * machine and in every version of Node; two different texts share one only by a 1 in 2⁴⁸ chance.
 */
export function fingerprint(text: string): string {
  return createHash("sha256").update(normalizeParagraph(text), "utf8").digest("hex").slice(0, 12);
}

/**
 * What a block says, as its Markdown (rich-text-markdown.ts): kind, text and inline markup, so a comma, an emphasis
 * or a paragraph turned heading all count. A figure counts by its alt text and caption only: which file it shows,
 * and at what size, is nothing a translator translates. A section break's source is always `---`: never stale.
 */
export function blockSource(block: Block): string {
  const said = block.type === "figure" ? { ...block, src: "", width: 0, height: 0 } : block;
  return toMarkdown([said]);
}

/** A block as the freshness derivation reads it (translation-freshness.ts). */
export const fingerprinted = (block: Block): { id: string; text: string } => ({
  id: block.id,
  text: blockSource(block),
});
