import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { loadMessages, registerMessages } from "../i18n/i18n.ts";
import { renderInPage } from "../../tests/render-app.tsx";
import { UpdateNotice } from "./update-notice.tsx";

async function renderNotice(lang: string, onReload: () => void) {
  registerMessages(lang, await loadMessages(lang));
  await renderInPage(<UpdateNotice onReload={onReload} />, lang);
}

describe("UpdateNotice", () => {
  it("announces the new version politely and reloads only when asked, by keyboard too", async () => {
    const onReload = vi.fn();
    await renderNotice("de", onReload);
    expect(screen.getByRole("status")).toHaveTextContent("Eine neue Version dieser Seite ist da.");
    expect(onReload).not.toHaveBeenCalled();
    screen.getByRole("button", { name: "Neu laden" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it("speaks English on English pages", async () => {
    await renderNotice("en", () => {});
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });
});
