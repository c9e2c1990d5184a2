import { useLocale } from "../hooks/use-locale.ts";
import { site } from "../site.ts";

export function Avatar({ size }: { size: number }) {
  const { t } = useLocale();
  return (
    <img
      className="avatar"
      src={`${import.meta.env.BASE_URL}avatar.svg`}
      width={size}
      height={size}
      alt={t("author.avatarAlt", { name: site.author.name })}
    />
  );
}
