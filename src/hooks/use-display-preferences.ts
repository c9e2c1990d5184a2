import { useEffect, useSyncExternalStore } from "react";
import {
  applyDisplayPreferences,
  displayColors,
  preferenceKeys,
  textSizes,
  themes,
  type TextSize,
  type Theme,
} from "../lib/display-preferences.ts";
import { readStored, writeStored } from "../lib/storage.ts";

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  // A choice made in another tab applies here too.
  window.addEventListener("storage", notify);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", notify);
  };
};

function usePreference<T extends string | number>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: T) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => {
      const stored = readStored(key);
      return allowed.find((option) => String(option) === stored) ?? fallback;
    },
    // The prerendered HTML knows nothing of the reader's choice; hydration starts from the default.
    () => fallback,
  );
  const set = (next: T) => {
    writeStored(key, String(next));
    notify();
  };
  return [value, set];
}

export const useTheme = () => usePreference<Theme>(preferenceKeys.theme, themes, "system");
export const useTextSize = () => usePreference<TextSize>(preferenceKeys.textSize, textSizes, 100);

/** Keeps <html> in step with the settings (also when storage is blocked and only memory remembers). */
export function useAppliedDisplayPreferences(): void {
  const [theme] = useTheme();
  const [size] = useTextSize();
  useEffect(() => applyDisplayPreferences(theme, size, textSizes, displayColors), [theme, size]);
}
