import markup from "../../public/avatar.svg?raw";
import { useLocale } from "../hooks/use-locale.ts";
import { site } from "../site.ts";

// The monogram is drawn inline, from public/avatar.svg (which crawlers' JSON-LD and the share image use as a file):
// it shows with the first paint instead of a request later (the author page's is above the fold), and an essay read
// offline needs no cached image for it.
const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(markup)?.[1];
const drawing = markup.replace(/^\s*<svg\b[^>]*>|<\/svg>\s*$/g, "");
if (!viewBox || drawing === markup) throw new Error("public/avatar.svg: expected one <svg> element with a viewBox");

/** The author's monogram, `size` CSS pixels square, named for assistive technology in the page's language. */
export function Avatar({ size }: { size: number }) {
  const { t } = useLocale();
  return (
    <svg
      className="avatar"
      viewBox={viewBox}
      width={size}
      height={size}
      role="img"
      aria-label={t("author.avatarAlt", { name: site.author.name })}
      dangerouslySetInnerHTML={{ __html: drawing }}
    />
  );
}
