/** The setup link is missing, used or expired: what an operator can do about it (docs/pages.md#one-time-links). */
export function SetupLinkDead({ missing }: { missing: boolean }) {
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{missing ? "This setup link is incomplete" : "This setup link no longer works"}</h1>
      <p>
        {missing
          ? "Copy the whole link from the server's log, including everything after the # sign."
          : "It was already used, or it is more than an hour old."}
      </p>
      <p className="muted">
        While Gatehouse has no people yet, every start logs a new setup link. Once it is set up, an owner
        invites everyone else from People.
      </p>
    </div>
  );
}
