import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  document.documentElement.style.removeProperty("--text-scale");
});

describe("DisplaySettings", () => {
  it("is a labelled disclosure that closes with Escape and returns focus", async () => {
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    const button = screen.getByRole("button", { name: "Display" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    // The panel's code loads on demand (at once, in a browser that preloaded it on hover, focus or when idle).
    expect(await screen.findByRole("group", { name: "Color scheme" })).toBeVisible();
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("applies and remembers the theme and the text size", async () => {
    const { user } = await renderApp("/de/trennung-vom-kunden/");
    await user.click(screen.getByRole("button", { name: "Darstellung" }));
    expect(await screen.findByRole("radio", { name: "Systemeinstellung" })).toBeChecked();

    await user.click(screen.getByRole("radio", { name: "Dunkel" }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe("dark"));
    expect(localStorage.getItem("theme")).toBe("dark");

    await user.click(screen.getByRole("radio", { name: "115 %" }));
    await waitFor(() => expect(document.documentElement.style.getPropertyValue("--text-scale")).toBe("1.15"));
    expect(localStorage.getItem("text-size")).toBe("115");

    await user.click(screen.getByRole("radio", { name: "Systemeinstellung" }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it("ignores a corrupted stored value and still works when storage is blocked", async () => {
    localStorage.setItem("text-size", "9000");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "QuotaExceededError");
    });
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    await user.click(screen.getByRole("button", { name: "Display" }));
    expect(screen.getByRole("radio", { name: "100%" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Light" }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe("light"));
  });
});
