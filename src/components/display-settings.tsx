import { Suspense, useEffect, useId, useRef, useState } from "react";
import { useDismiss } from "../hooks/use-dismiss.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { lazyComponent } from "../lib/lazy-component.ts";
import { whenIdle } from "../lib/when-idle.ts";

// The panel is only ever rendered open, after a press: its code loads on demand, requested ahead of that press (the
// pointer over the button, focus on it, or the browser idle), so that it opens at once.
const DisplaySettingsPanel = lazyComponent(() =>
  import("./display-settings-panel.tsx").then((module) => module.DisplaySettingsPanel),
);
const preloadPanel = () => void DisplaySettingsPanel.preload().catch(() => undefined);

/** "Aa": a disclosure with the color scheme and the text size, both remembered. */
export function DisplaySettings() {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    whenIdle(preloadPanel);
  }, []);

  useDismiss(container, open, (how) => {
    setOpen(false);
    if (how === "escape") button.current?.focus();
  });

  return (
    <div className="display-settings" ref={container}>
      <button
        ref={button}
        type="button"
        className="display-settings__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        onPointerEnter={preloadPanel}
        onFocus={preloadPanel}
      >
        <span aria-hidden="true">Aa</span>
        <span className="visually-hidden">{t("settings.button")}</span>
      </button>
      {/* Rendered only when open: the prerendered page carries no hidden panel before its first paragraph. */}
      <Suspense>{open && <DisplaySettingsPanel id={panelId} />}</Suspense>
    </div>
  );
}
