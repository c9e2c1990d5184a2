// The site's colors outside its stylesheet (browser UI, manifest, images); the page's own colors are tokens in
// src/styles/global.css. A module of its own, so the build config can read it (site.ts needs Vite's env).
export const colors = { paper: "#fbfaf7", ink: "#17181b", accent: "#b2401d" } as const;
