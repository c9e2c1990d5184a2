// Compile-time mirror of the UI strings: `tsc` fails when a language lacks a key German has, or adds one.
// A new language adds one line here (and i18n.test.ts checks the same at run time for every file).
import type de from "./de.json";
import type en from "./en.json";

type KeyPaths<T> = T extends string
  ? never
  : { [K in keyof T & string]: T[K] extends string ? K : K | `${K}.${KeyPaths<T[K]>}` }[keyof T & string];

type SameKeys<A, B> = [Exclude<KeyPaths<A>, KeyPaths<B>>, Exclude<KeyPaths<B>, KeyPaths<A>>] extends [never, never]
  ? true
  : { missing: Exclude<KeyPaths<A>, KeyPaths<B>>; extra: Exclude<KeyPaths<B>, KeyPaths<A>> };

export const englishMirrorsGerman: SameKeys<typeof de, typeof en> = true;
