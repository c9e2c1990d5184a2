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
