import type { ReactNode } from "react";

/** A link that leaves the site: it sends no referrer, and a tab it is opened in gets no `window.opener`. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer external">
      {children}
    </a>
  );
}
