import { useEffect, useId, useRef, useState } from "react";
import { useLocale } from "../hooks/use-locale.ts";
import { useTextSize, useTheme } from "../hooks/use-display-preferences.ts";
import { textSizes, themes } from "../lib/display-preferences.ts";

/** "Aa": a disclosure with the color scheme and the text size, both remembered. */
export function DisplaySettings() {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useTheme();
  const [textSize, setTextSize] = useTextSize();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const closeOutside = (event: PointerEvent | FocusEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", closeOnEscape);
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    return () => {
      document.removeEventListener("keydown", closeOnEscape);
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
    };
  }, [open]);

  return (
    <div className="display-settings" ref={container}>
      <button
        ref={button}
        type="button"
        className="display-settings__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">Aa</span>
        <span className="visually-hidden">{t("settings.button")}</span>
      </button>
      <div id={panelId} className="display-settings__panel" hidden={!open}>
        <fieldset>
          <legend>{t("settings.theme")}</legend>
          {themes.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${panelId}-theme`}
                value={option}
                checked={theme === option}
                onChange={() => setTheme(option)}
              />
              {t(`settings.${option}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("settings.textSize")}</legend>
          <div className="display-settings__sizes">
            {textSizes.map((size) => (
              <label key={size}>
                <input
                  type="radio"
                  name={`${panelId}-size`}
                  value={size}
                  checked={textSize === size}
                  onChange={() => setTextSize(size)}
                />
                {t("settings.textSizeValue", { value: size })}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </div>
  );
}
