import "./display-settings-panel.css";
import { useLocale } from "../hooks/use-locale.ts";
import { useTextSize, useTheme } from "../hooks/use-display-preferences.ts";
import { textSizes, themes } from "../lib/display-preferences.ts";

/** The "Aa" panel: color scheme and text size, both remembered. Rendered only while open (display-settings.tsx). */
export function DisplaySettingsPanel({ id }: { id: string }) {
  const { t } = useLocale();
  const [theme, setTheme] = useTheme();
  const [textSize, setTextSize] = useTextSize();
  return (
    <div id={id} className="display-settings__panel">
      <fieldset>
        <legend>{t("settings.theme")}</legend>
        {themes.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-theme`}
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
                name={`${id}-size`}
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
  );
}
