import { Outlet } from "react-router";
import { useLoaderData } from "../router/page-context.ts";
import { PageShell } from "../components/page-shell.tsx";
import { useLocale } from "../hooks/use-locale.ts";
import { loadMessages, registerMessages } from "../i18n/i18n.ts";
import { languageName, languages } from "../i18n/languages.ts";
import type { LanguageData } from "../page-data/types.ts";

export const languageLoader = async (lang: string): Promise<LanguageData> => ({
  messages: await loadMessages(lang),
  names: Object.fromEntries(
    languages.map((other) => [other, { own: languageName(other), here: languageName(other, lang) }]),
  ),
});

/** Every page under `/<lang>/`: registers that language's strings, then frames the page. */
export function LanguageLayout() {
  const { messages } = useLoaderData<LanguageData>();
  const { lang } = useLocale();
  registerMessages(lang, messages);
  return (
    <PageShell>
      {/* Each language's page is a new page: no revealed original or share message carries over. */}
      <Outlet key={lang} />
    </PageShell>
  );
}
