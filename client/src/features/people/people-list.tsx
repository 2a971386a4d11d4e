import type { Person } from "@gatehouse/shared/schemas/people";
import { useIntl, useT } from "../../hooks/use-intl.ts";
import { type PersonDialog, PersonRow } from "./person-row.tsx";

interface PeopleListProps {
  portal: string;
  people: Person[];
  /** The signed-in person's email, to mark their own row. */
  yourEmail: string | undefined;
  onChanged: (person: Person) => void;
  onOpen: (person: Person, dialog: PersonDialog) => void;
}

/** The portal's members, owners first, then by name. */
export function PeopleList({ portal, people, yourEmail, onChanged, onOpen }: PeopleListProps) {
  const t = useT();
  const { locale } = useIntl();
  const rank = { owner: 0, admin: 1, user: 2 } as const;
  // Names sort as the page's language sorts them.
  const sorted = [...people].sort(
    (a, b) =>
      rank[a.role] - rank[b.role] ||
      (a.display_name || a.email).localeCompare(b.display_name || b.email, locale),
  );
  return (
    <ul className="person-list" aria-label={t("people.members", { portal })}>
      {sorted.map((person) => (
        <PersonRow
          key={person.user_id}
          person={person}
          you={person.email === yourEmail}
          onChanged={onChanged}
          onOpen={(dialog) => onOpen(person, dialog)}
        />
      ))}
    </ul>
  );
}
