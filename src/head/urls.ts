import { site } from "../site.ts";

/** A path of the site (no base) as the absolute URL it is deployed at. */
export const absoluteUrl = (path: string): string =>
  new URL(`${import.meta.env.BASE_URL}${path.replace(/^\//, "")}`, site.url).href;
