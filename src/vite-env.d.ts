/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SITE_URL: string;
}

declare module "virtual:publication" {
  const publication: import("./content/schema.ts").Publication;
  export default publication;
}

declare module "virtual:content-index" {
  /** The author page's slug per language. */
  export const authorSlugs: Readonly<Record<string, string>>;
}
