import { useId } from "react";

/** A second-factor section before the second-factor issue lands: it says so, and offers nothing it cannot do. */
function NotSetUp({ title, what }: { title: string; what: string }) {
  const headingId = useId();
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{what}</p>
      <p>
        <span className="badge badge-neutral badge-alone">Not set up yet</span>
      </p>
    </section>
  );
}

export function TwoFactorSection() {
  return (
    <NotSetUp
      title="Two-factor authentication"
      what="An authenticator app will add a code to your password when you sign in."
    />
  );
}
