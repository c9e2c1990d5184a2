import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { routerReady } from "../src/lib/router-ready.ts";
import { routes } from "../src/routes.tsx";

/** The whole app, with its real routes, loaders, content and strings, opened at `path`. */
export async function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await routerReady(router);
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { router, user, ...view };
}
