import { describeError, en } from "@gatehouse/shared";
import { useSearchParams } from "react-router-dom";
import { ErrorNotice } from "../components/error-notice.tsx";

/**
 * `/error?error=…`: where the server sends the browser when the app's client or redirect URI cannot
 * be trusted (docs/pages.md#error). Anyone can write this address, so the page shows the code only when it
 * looks like one, and only the catalogue's words: never `error_description` (docs/pages.md).
 */
export function ErrorPage() {
  const [query] = useSearchParams();
  const { code, message } = describeError(query.get("error"));
  return <ErrorNotice code={code} message={message} advice={en["error.advice"]} />;
}
