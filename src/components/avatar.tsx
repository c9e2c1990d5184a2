import { useLocale } from "../hooks/use-locale.ts";
import { site } from "../site.ts";

/**
 * `lazy` below the fold (the author card after the essay): React then does not preload it, so the first paint of the
 * essay shares the connection with nothing (the preload alone made Lighthouse's LCP ~150 ms later than FCP).
 */
export function Avatar({ size, loading = "eager" }: { size: number; loading?: "eager" | "lazy" }) {
  const { t } = useLocale();
  return (
    <img
      className="avatar"
      src={`${import.meta.env.BASE_URL}avatar.svg`}
      width={size}
      height={size}
      loading={loading}
      alt={t("author.avatarAlt", { name: site.author.name })}
    />
  );
}
