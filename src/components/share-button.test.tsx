import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../tests/render-app.tsx";

afterEach(() => {
  Reflect.deleteProperty(navigator, "share");
});

describe("ShareButton", () => {
  it("uses the system share sheet where there is one", async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    const { user } = await renderApp("/de/trennung-vom-kunden/");
    await user.click(await screen.findByRole("button", { name: "Teilen" }));
    expect(share).toHaveBeenCalledWith({
      title: "Trennung vom Kunden",
      // The address the reader has open (here jsdom's origin), not SITE_URL's.
      url: `${location.origin}/de/trennung-vom-kunden/`,
    });
    expect(screen.queryByText(/Link kopiert/)).not.toBeInTheDocument();
  });

  it("otherwise copies the open address and says so", async () => {
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    await user.click(await screen.findByRole("button", { name: "Share" }));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/en/breaking-up-with-a-client/`);
    expect(
      await screen.findByText(`Link copied: ${location.origin}/en/breaking-up-with-a-client/`),
    ).toBeInTheDocument();
  });

  it("offers the address selected in a field to copy by hand when the clipboard refuses", async () => {
    const { user } = await renderApp("/en/breaking-up-with-a-client/");
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    await user.click(await screen.findByRole("button", { name: "Share" }));
    const field = await screen.findByRole("textbox", { name: "Copy this link:" });
    expect(field).toHaveValue(`${location.origin}/en/breaking-up-with-a-client/`);
    expect(field).toHaveAttribute("readonly");
    expect(field).toHaveFocus();
  });
});
