/** A Markdown file split at its front matter, so the body can be written back byte for byte. */
export interface FrontMatterSource {
  /** The YAML between the `---` lines, without the final line break. */
  frontMatter: string;
  /** Everything after the closing `---` line, untouched. */
  body: string;
  /** The file's line break, kept when the front matter is written back. */
  newline: "\n" | "\r\n";
}

/** Splits a Markdown file; throws an Error naming the file if it does not open with a `---` front matter block. */
export function splitFrontMatter(source: string, file: string): FrontMatterSource {
  const match = /^---(\r?\n)([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  const [, newline, frontMatter, body] = match ?? [];
  if (newline === undefined || frontMatter === undefined || body === undefined) {
    throw new Error(`${file}: missing front matter (the file must open with a block between two "---" lines)`);
  }
  return { frontMatter, body, newline: newline === "\r\n" ? "\r\n" : "\n" };
}

/** The inverse of splitFrontMatter: `joinFrontMatter(splitFrontMatter(s, f))` is `s`. */
export function joinFrontMatter({ frontMatter, body, newline }: FrontMatterSource): string {
  return `---${newline}${frontMatter}${newline}---${newline}${body}`;
}
