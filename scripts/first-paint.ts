// What the first paint of a prerendered page waits for: nothing but its own HTML. A Vite plugin (build only) that
// inlines the stylesheet (a few kB gzip: one request and one round trip less before anything shows; its hash goes
// into the CSP, scripts/csp.ts) and replaces the app's <script> by a tiny loader at the end of <body> that
// requests the app only after the first paint, when the browser is idle, or at the reader's first interaction,
// whichever comes first. The page reads and navigates without JavaScript meanwhile. Measured in
// docs/decisions/004-first-paint-without-the-app.md.
import type { Plugin } from "vite";

/**
 * The loader's code. It reads its URLs from its own element (data-src, data-preload: modules, data-fetch: the
 * page's data, added per page by scripts/prerender.ts), so its text, and with it its CSP hash, stays the same on
 * every page and build. "After the first paint" is after the browser has reported
 * it (Paint Timing's first-contentful-paint), not after the next frame was scheduled: on a busy machine the frame
 * is presented later than its requestAnimationFrame, and a script requested before the paint is charged to it by
 * Lighthouse's simulation (LCP ×1.3–1.4 in the bench). Browsers without Paint Timing wait a frame and a task; every
 * browser loads the app within 5 s, or at the reader's first pointer, key, touch or focus.
 */
export const hydrationLoader = `(function(s){var d=s.dataset,done=0,events=["pointerdown","keydown","touchstart","focusin"];function go(){if(done)return;done=1;events.forEach(function(t){removeEventListener(t,go,true)});function pre(list,rel,as){(list||"").split(" ").forEach(function(h){if(!h)return;var l=document.createElement("link");l.rel=rel;if(as){l.as=as;l.crossOrigin="anonymous"}l.href=h;document.head.appendChild(l)})}pre(d.preload,"modulepreload");pre(d.fetch,"preload","fetch");var e=document.createElement("script");e.type="module";e.src=d.src;document.body.appendChild(e)}events.forEach(function(t){addEventListener(t,go,{capture:true,passive:true})});function later(){setTimeout(function(){window.requestIdleCallback?requestIdleCallback(go,{timeout:1000}):setTimeout(go,50)})}var P=window.PerformanceObserver;if(P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0){var o=new P(function(l){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();later()}});o.observe({type:"paint",buffered:true});setTimeout(later,5000)}else requestAnimationFrame(later)})(document.currentScript)`;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function firstPaint(): Plugin {
  return {
    name: "first-paint",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle ?? {};
        // 1. Stylesheets: their text, inline, where the <link> was.
        let page = html.replace(/<link rel="stylesheet"[^>]*>/g, (tag) => {
          const href = attribute(tag, "href") ?? "";
          const asset = Object.values(bundle).find((output) => href.endsWith(`/${output.fileName}`));
          if (asset?.type !== "asset") throw new Error(`first-paint: no built stylesheet for ${tag}`);
          const css = String(asset.source).trim();
          if (/<\/style/i.test(css))
            throw new Error(`first-paint: ${href} contains "</style", which cannot be inlined`);
          return `<style>${css}</style>`;
        });
        // 2. The app's module script and its preloads: requested by the loader, after the first paint.
        const preloads: string[] = [];
        page = page.replace(/\s*<link rel="modulepreload"[^>]*>/g, (tag) => {
          preloads.push(attribute(tag, "href") ?? "");
          return "";
        });
        let src: string | undefined;
        page = page.replace(/\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g, (_tag, url: string) => {
          if (src) throw new Error("first-paint: more than one module script in index.html");
          src = url;
          return "";
        });
        if (!src) throw new Error("first-paint: index.html has no module script to defer");
        const preload = preloads.length ? ` data-preload="${preloads.join(" ")}"` : "";
        const loader = `<script data-src="${src}"${preload}>${hydrationLoader}</script>`;
        return page.replace("</body>", `    ${loader}\n  </body>`);
      },
    },
  };
}
