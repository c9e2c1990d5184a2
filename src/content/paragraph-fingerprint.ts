import { createHash } from "node:crypto";

// Build-time only (node:crypto): readers receive the derived states, never a hash function.

/**
 * The text a fingerprint is taken of: Unicode NFC, every run of whitespace (line breaks, tabs, no-break spaces)
 * as one space, no leading or trailing space. Re-wrapping a paragraph in an editor therefore changes nothing;
 * any other character (a comma, a quotation mark, an emphasis marker) changes the fingerprint.
 */
export function normalizeParagraph(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The pattern every recorded fingerprint has: 12 lowercase hex digits. */
export const fingerprintPattern = /^[0-9a-f]{12}$/;

/**
 * A short, stable fingerprint of a paragraph's text (Markdown source of one top-level block): the first 12 hex
 * digits (48 bits) of the SHA-256 of its normalized text. The same text gives the same fingerprint on every
 * machine and in every version of Node; two different texts share one only by a 1 in 2⁴⁸ chance.
 */
export function fingerprint(text: string): string {
  return createHash("sha256").update(normalizeParagraph(text), "utf8").digest("hex").slice(0, 12);
}
