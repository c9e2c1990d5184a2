import { useEffect, useState } from "react";
import { NavigationType } from "react-router";
import { useNavigationType } from "../router/loaded-routes.tsx";

/**
 * Whether this document was reached by a reload or a step through history (Navigation Timing's `type`): then the
 * browser puts the reader back where they were. Without the API: a plain visit. The inline head script that reserves
 * the resume offer's room applies the same rule (reserveResumeOffer).
 */
export function documentRestoresPlace(): boolean {
  try {
    const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return entry?.type === "reload" || entry?.type === "back_forward";
  } catch {
    return false;
  }
}

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
