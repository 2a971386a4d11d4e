/** A polite live region, so a screen reader hears that something is on its way. */
export function LoadingStatus({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
