import { useT } from "../hooks/use-intl.ts";
/** A polite live region, so a screen reader hears that something is on its way. */
export function LoadingStatus({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
    </p>
  );
}
