// Compile-time check that a string's {{variables}} are typed: `tsc` fails if any of these calls compiles
// (then the strings' types have lost their variables, see i18next.d.ts and scripts/i18n-types.ts).
import { i18n } from "./i18n.ts";

const t = i18n.getFixedT("de");
export const checked = [
  // @ts-expect-error -- a missing variable: "{{languages}}" would reach the reader.
  t("root.description", { author: "digital.mensch" }),
  // @ts-expect-error -- a misnamed variable: the string needs `name`, not `nam`.
  t("essay.translator", { nam: "Fixture Translator" }),
  // @ts-expect-error -- no options at all for a string with a variable.
  t("navigation.announce"),
  t("root.description", { author: "digital.mensch", languages: "Deutsch und Englisch" }),
];
