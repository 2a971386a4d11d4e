import type { Person } from "@gatehouse/shared/schemas/people";
import { useId } from "react";
import { updatePerson } from "../../api/people.ts";
import { Alert } from "../../components/alert.tsx";
import { Fact, TimeFact } from "../../components/fact.tsx";
import { RowButton } from "../../components/row-button.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
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
  const t = useT();
  const nameId = useId();
  const disabled = person.status === "disabled";
  const toggle = useAction(
    async () => onChanged(await updatePerson(person.user_id, { disabled: !disabled })),
    {
      failure: peopleFailure(
        t,
        t(disabled ? "people.row.enableFailed" : "people.row.disableFailed", { email: person.email }),
      ),
    },
  );
  const name = person.display_name || person.email;

  return (
    <li className="person-row" aria-labelledby={nameId}>
      <div className="person-row-main">
        <h2 id={nameId} className="person-name">
          {name}
          {you ? <span className="muted"> {t("people.row.you")}</span> : null}
        </h2>
        {/* Someone invited has no name yet: their email already heads the row. */}
        {person.display_name ? <p className="person-email">{person.email}</p> : null}
        <dl className="person-facts">
          <Fact term={t("people.row.role")}>{t(ROLE_LABELS[person.role])}</Fact>
          <Fact term={t("people.row.status")}>
            <span className={person.status === "active" ? "badge badge-neutral" : "badge badge-warning"}>
              {t(STATUS_LABELS[person.status])}
            </span>
          </Fact>
          <TimeFact term={t("people.row.lastSignIn")} iso={person.last_sign_in_at} />
        </dl>
      </div>
      {toggle.failure ? <Alert>{toggle.failure}</Alert> : null}
      <div className="row-actions">
        <RowButton rowNameId={nameId} onClick={() => onOpen("role")}>
          {t("people.row.changeRole")}
        </RowButton>
        {person.status === "invited" ? null : (
          <>
            <RowButton rowNameId={nameId} pending={toggle.pending} onClick={() => void toggle.run()}>
              {t(disabled ? "people.row.enable" : "people.row.disable")}
            </RowButton>
            <RowButton rowNameId={nameId} onClick={() => onOpen("reset-link")}>
              {t("people.row.makeResetLink")}
            </RowButton>
          </>
        )}
        <RowButton rowNameId={nameId} danger onClick={() => onOpen("remove")}>
          {t("common.remove")}
        </RowButton>
      </div>
    </li>
  );
}
