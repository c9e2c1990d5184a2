import { Outlet, useLoaderData } from "react-router";
import { PageShell } from "../components/page-shell.tsx";
import { useLocale } from "../hooks/use-locale.ts";
import { loadMessages, registerMessages } from "../i18n/i18n.ts";

export const languageLoader = async (lang: string) => ({ messages: await loadMessages(lang) });

/** Every page under `/<lang>/`: registers that language's strings, then frames the page. */
export function LanguageLayout() {
  const { messages } = useLoaderData<Awaited<ReturnType<typeof languageLoader>>>();
  const { lang } = useLocale();
  registerMessages(lang, messages);
  return (
    <PageShell>
      <Outlet />
    </PageShell>
  );
}
