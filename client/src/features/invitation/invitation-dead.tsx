/** A used, expired or unknown invitation (410 `expired`), or a link cut short. */
export function InvitationDead({ missing }: { missing: boolean }) {
  return (
    <div className="stack">
      <h1 tabIndex={-1}>
        {missing ? "This invitation link is incomplete" : "This invitation link no longer works"}
      </h1>
      <p>
        {missing
          ? "Copy the whole link from your invitation, including everything after the # sign."
          : "It was already used, or it is more than 7 days old."}
      </p>
      <p className="muted">Ask the person who invited you for a new invitation.</p>
    </div>
  );
}
