import type { ReactNode } from "react";

/** A link that leaves the site: a new browsing context gets neither `window.opener` nor the referrer. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer external">
      {children}
    </a>
  );
}
