import { useT } from "../hooks/use-intl.ts";
import { isWebUrl } from "../navigation.ts";

/**
 * An app's website as its host, opened in a new tab; nothing when the address is not a web URL, so a
 * registered `javascript:` or odd scheme never becomes a link.
 */
export function WebsiteLink({ url, className }: { url: string; className?: string }) {
  const t = useT();
  if (!isWebUrl(url)) return null;
  return (
    <a className={className} href={url} target="_blank" rel="noopener noreferrer">
      {new URL(url).host}
      <span className="visually-hidden"> {t("consent.websiteNewTab")}</span>
    </a>
  );
}
