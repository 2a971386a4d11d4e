import { Link } from "react-router-dom";
import { paths } from "../../paths.ts";

/** The invitation is accepted: where the new member goes from here. */
export function InvitationJoined({ portal }: { portal: string }) {
  return (
    <div className="stack">
      <h1 tabIndex={-1}>Welcome to {portal}</h1>
      <p>
        You are now a member of {portal}. To use one of its apps, open the app: it brings you here to sign in.
      </p>
      <p>
        <Link to={paths.account}>Go to your account</Link>
      </p>
    </div>
  );
}
