import { useEffect } from "react";
import { Link, useNavigate } from "react-router";
import { useLoaderData, useLocation } from "../router/page-context.ts";
import { useDocumentHead } from "../hooks/use-document-head.ts";
import { useLocale } from "../hooks/use-locale.ts";
import { i18n, loadMessages, registerMessages } from "../i18n/i18n.ts";
import { languageList, languages } from "../i18n/languages.ts";
import { carryAddress } from "../lib/carry-address.ts";
import { preferredLanguage } from "../lib/preferred-language.ts";
import { pathFor } from "../page-kinds.ts";
import { site } from "../site.ts";

export const rootLoader = async () => ({
  messages: Object.fromEntries(
    await Promise.all(languages.map(async (lang) => [lang, await loadMessages(lang)] as const)),
  ),
  // Made here, not while rendering (an Intl formatter costs the first render 15–30 ms).
  languagesLabel: languageList(site.defaultLanguage),
});

/**
 * `/`: offers every language as a link (what a reader without JavaScript sees), and with
 * JavaScript sends the reader on to the remembered or browser language.
 */
export function LanguageRoot() {
  const { messages, languagesLabel } = useLoaderData<Awaited<ReturnType<typeof rootLoader>>>();
  for (const [lang, bundle] of Object.entries(messages)) registerMessages(lang, bundle);
  const { lang, t } = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentHead({
    lang,
    kind: "root",
    path: "/",
    title: site.author.name,
    description: t("root.description", { author: site.author.name, languages: languagesLabel }),
    alternates: {},
  });

  // Like a server's redirect: the reader's query and fragment come along (a home sends a paragraph's on to its essay).
  useEffect(() => {
    void navigate(carryAddress(pathFor("home", preferredLanguage()), "home", location), { replace: true });
  }, [navigate, location]);

  return (
    <main id="main" className="language-root">
      <h1>{site.author.name}</h1>
      <ul>
        {languages.map((other) => (
          <li key={other} lang={other}>
            <Link to={pathFor("home", other)} hrefLang={other}>
              {i18n.getFixedT(other)("root.read")}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
