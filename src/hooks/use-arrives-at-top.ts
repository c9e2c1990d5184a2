import { useEffect, useState } from "react";
import { NavigationType } from "react-router";
import { documentRestoresPlace } from "../lib/document-restores-place.ts";
import { useNavigationType } from "../router/page-context.ts";

let documentArrival = true;

/**
 * Whether the reader arrived at this page at its top (a link, a typed address), decided once when the page mounts.
 * Back, Forward and reload put the reader at their place instead (the browser for a document, the router in the
 * app): nothing may then be offered or inserted above them.
 */
export function useArrivesAtTop(): boolean {
  const navigationType = useNavigationType();
  // The first route of a document is a "POP" too: the document's own navigation type tells a visit from a return.
  const [atTop] = useState(
    () => navigationType !== NavigationType.Pop || (documentArrival && !documentRestoresPlace()),
  );
  useEffect(() => {
    documentArrival = false;
  }, []);
  return atTop;
}
