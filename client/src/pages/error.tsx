import { useSearchParams } from "react-router-dom";
import { ErrorNotice } from "../components/error-notice.tsx";

/**
 * `/error?error=…&error_description=…`: where the server sends the browser when the app's client or
 * redirect URI cannot be trusted (contract §5), so nothing here leads back to the app.
 */
export function ErrorPage() {
  const [query] = useSearchParams();
  return (
    <ErrorNotice
      code={query.get("error") ?? "invalid_request"}
      description={query.get("error_description") ?? undefined}
    />
  );
}
