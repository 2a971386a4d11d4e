import { CATALOGUES, describeError } from "@gatehouse/shared";
import { useSearchParams } from "react-router-dom";
import { ErrorNotice } from "../components/error-notice.tsx";
import { useT } from "../hooks/use-intl.ts";
import { useLocaleStore } from "../stores/locale.ts";

/**
 * `/error?error=…`: where the server sends the browser when the app's client or redirect URI cannot
 * be trusted (docs/pages.md#error). Anyone can write this address, so the page shows the code only when it
 * looks like one, and only the catalogue's words: never `error_description` (docs/pages.md).
 */
export function ErrorPage() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const [query] = useSearchParams();
  const { code, message } = describeError(query.get("error"), CATALOGUES[locale]);
  return <ErrorNotice code={code} message={message} advice={t("error.advice")} />;
}
