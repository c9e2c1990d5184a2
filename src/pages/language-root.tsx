import { useEffect } from "react";
import { Link, useLoaderData, useLocation, useNavigate } from "react-router";
import { essayIndex } from "../content/load-content.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { i18n, loadMessages, registerMessages } from "../i18n/i18n.ts";
import { languageList, languages } from "../i18n/languages.ts";
import { carryAddress } from "../lib/carry-address.ts";
import { preferredLanguage } from "../lib/preferred-language.ts";
import { pathFor } from "../paths.ts";
import { site } from "../site.ts";

export const rootLoader = async () => ({
  messages: Object.fromEntries(
    await Promise.all(languages.map(async (lang) => [lang, await loadMessages(lang)] as const)),
  ),
});

/**
 * `/`: offers every language as a link (what a reader without JavaScript sees), and with
 * JavaScript sends the reader on to the remembered or browser language.
 */
export function LanguageRoot() {
  const { messages } = useLoaderData<Awaited<ReturnType<typeof rootLoader>>>();
  for (const [lang, bundle] of Object.entries(messages)) registerMessages(lang, bundle);
  const { lang, t } = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const titles = languages.map((other) => essayIndex.get(other)?.title).join(" · ");
  useDocumentHead({
    lang,
    page: "root",
    title: `${titles} – ${site.author.name}`,
    description: t("root.description", {
      author: site.author.name,
      languages: languageList(lang),
    }),
  });

  // Like a server's redirect: the reader's query and fragment (`/#grown-apart`) come along.
  useEffect(() => {
    void navigate(carryAddress(pathFor("essay", preferredLanguage()), "essay", location), { replace: true });
  }, [navigate, location]);

  return (
    <main id="main" className="language-root">
      <h1>{site.author.name}</h1>
      <ul>
        {languages.map((other) => (
          <li key={other} lang={other}>
            <Link to={pathFor("essay", other)} hrefLang={other}>
              <span className="language-root__title">{essayIndex.get(other)?.title}</span>
              <span className="language-root__action">{i18n.getFixedT(other)("root.read")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
