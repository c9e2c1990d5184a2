import "i18next";
import type Resources from "./resources.d.ts";

// German is the original, so its strings define the keys and their {{variables}}; every other language must match
// them (checked in mirror.check.ts by the compiler and in i18n.test.ts at run time). The types are German's strings
// as literals (resources.d.ts, generated from de.json), so a missing or misnamed variable is a type error.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: Resources;
    strictInterpolationChecks: true;
  }
}
