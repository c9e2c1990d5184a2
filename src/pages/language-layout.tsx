import { Outlet, useLoaderData } from "react-router";
import { PageShell } from "../components/page-shell.tsx";
import { useLocale } from "../hooks/use-locale.ts";
import { loadMessages, registerMessages } from "../i18n/i18n.ts";
import { localeLabels, registerLocaleLabels } from "../i18n/languages.ts";

export const languageLoader = async (lang: string) => ({
  messages: await loadMessages(lang),
  labels: localeLabels(lang),
});

/** Every page under `/<lang>/`: registers that language's strings and labels, then frames the page. */
export function LanguageLayout() {
  const { messages, labels } = useLoaderData<Awaited<ReturnType<typeof languageLoader>>>();
  const { lang } = useLocale();
  registerMessages(lang, messages);
  registerLocaleLabels(labels);
  return (
    <PageShell>
      {/* Each language's page is a new page: no revealed original or share message carries over. */}
      <Outlet key={lang} />
    </PageShell>
  );
}
