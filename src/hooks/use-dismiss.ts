import { useEffect, useEffectEvent, type RefObject } from "react";

/**
 * While `active`, calls `onDismiss` when the reader is done with what `container` shows: Escape (`"escape"`), or a
 * pointer or the focus going outside it (`"outside"`), the way a disclosure or a transient field is expected to close.
 */
export function useDismiss(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  onDismiss: (how: "escape" | "outside") => void,
): void {
  const dismiss = useEffectEvent(onDismiss);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") dismiss("escape");
    };
    const onOutside = (event: Event) => {
      if (!container.current?.contains(event.target as Node)) dismiss("outside");
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onOutside);
    document.addEventListener("focusin", onOutside);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onOutside);
      document.removeEventListener("focusin", onOutside);
    };
  }, [active, container]);
}
