import { createElement, lazy, useState, type ComponentType } from "react";

/**
 * A component whose code loads on demand, for one that is absent from the prerendered page (closed, or shown only
 * later), never for one the HTML contains (hydration would meet a Suspense boundary where the server rendered it).
 * `preload()` requests the chunk ahead of the first use (on hover, focus or when the browser is idle); once it is
 * in, the component renders at once, without suspending. Render it inside <Suspense> for a use before that.
 */
export function lazyComponent<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> & { preload: () => Promise<ComponentType<Props>> } {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a later use tries again (offline a moment ago, say)
        throw error;
      },
    ));
  const Suspending = lazy(async () => ({ default: await preload() }));
  function OnDemand(props: Props) {
    // Chosen once per instance: switching types later would remount it and lose its state and focus.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Suspending);
    return createElement(Component, props);
  }
  return Object.assign(OnDemand, { preload });
}
