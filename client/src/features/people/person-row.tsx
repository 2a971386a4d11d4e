import type { Person } from "@gatehouse/shared/schemas/people";
import { useId } from "react";
import { updatePerson } from "../../api/people.ts";
import { Alert } from "../../components/alert.tsx";
import { Fact, TimeFact } from "../../components/fact.tsx";
import { RowButton } from "../../components/row-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { ROLE_LABELS, STATUS_LABELS } from "./labels.ts";
import { peopleFailure } from "./people-failure.ts";

export type PersonDialog = "role" | "remove" | "reset-link";

interface PersonRowProps {
  person: Person;
  /** The signed-in person's own row. */
  you: boolean;
  onChanged: (person: Person) => void;
  onOpen: (dialog: PersonDialog) => void;
}

/** One member of the portal: who, their role and status, and what an owner or admin may do to them. */
export function PersonRow({ person, you, onChanged, onOpen }: PersonRowProps) {
  const nameId = useId();
  const disabled = person.status === "disabled";
  const toggle = useAction(
    async () => onChanged(await updatePerson(person.user_id, { disabled: !disabled })),
    {
      failure: peopleFailure(`${person.email} could not be ${disabled ? "enabled" : "disabled"}. Try again.`),
    },
  );
  const name = person.display_name || person.email;

  return (
    <li className="person-row" aria-labelledby={nameId}>
      <div className="person-row-main">
        <h2 id={nameId} className="person-name">
          {name}
          {you ? <span className="muted"> (you)</span> : null}
        </h2>
        {/* Someone invited has no name yet: their email already heads the row. */}
        {person.display_name ? <p className="person-email">{person.email}</p> : null}
        <dl className="person-facts">
          <Fact term="Role">{ROLE_LABELS[person.role]}</Fact>
          <Fact term="Status">
            <span className={person.status === "active" ? "badge badge-neutral" : "badge badge-warning"}>
              {STATUS_LABELS[person.status]}
            </span>
          </Fact>
          <TimeFact term="Last sign-in" iso={person.last_sign_in_at} />
        </dl>
      </div>
      {toggle.failure ? <Alert>{toggle.failure}</Alert> : null}
      <div className="row-actions">
        <RowButton rowNameId={nameId} onClick={() => onOpen("role")}>
          Change role
        </RowButton>
        {person.status === "invited" ? null : (
          <>
            <RowButton rowNameId={nameId} pending={toggle.pending} onClick={() => void toggle.run()}>
              {disabled ? "Enable" : "Disable"}
            </RowButton>
            <RowButton rowNameId={nameId} onClick={() => onOpen("reset-link")}>
              Make reset link
            </RowButton>
          </>
        )}
        <RowButton rowNameId={nameId} danger onClick={() => onOpen("remove")}>
          Remove
        </RowButton>
      </div>
    </li>
  );
}
