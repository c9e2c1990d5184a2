import "i18next";
import type de from "./de.json";

// German is the original, so its strings define the keys; every other language must match them
// (checked in mirror.check.ts by the compiler and in i18n.test.ts at run time).
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof de };
  }
}
