import type { Person } from "@gatehouse/shared/schemas/people";
import { useState } from "react";
import { listPeople } from "../api/people.ts";
import { Loadable } from "../components/loadable.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { SuccessNotice } from "../components/success-notice.tsx";
import { InviteDialog } from "../features/people/invite-dialog.tsx";
import { PeopleList } from "../features/people/people-list.tsx";
import { RemovePersonDialog, ResetLinkDialog, RoleDialog } from "../features/people/person-dialogs.tsx";
import type { PersonDialog } from "../features/people/person-row.tsx";
import { PortalPolicy } from "../features/people/portal-policy.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { useSessionStore } from "../stores/session.ts";

type Open = { dialog: "invite" } | { dialog: PersonDialog; person: Person } | null;

/**
 * `/people` (docs/pages.md#people): heading "People", one row per member with name, email, role and status,
 * and "Invite people".
 */
export function PeoplePage() {
  const t = useT();
  usePageTitle(t("people.title"));
  const user = useSessionStore((state) => state.user);
  // Null before a portal is chosen: the API then answers no list, so no row or dialog needs its name.
  const portal = user?.portal?.name ?? null;
  const people = useRemote(listPeople);
  const { view, retry, update } = people;
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A removed row and its buttons are gone: the heading is the next sure place for the keyboard.
  const [removals, setRemovals] = useState(0);
  const region = useFocusOnStep<HTMLDivElement>(removals);

  const forbidden = view.kind === "failed" && view.error.status === 403;
  const close = () => setOpen(null);

  function changed(person: Person) {
    update((people) => people.map((entry) => (entry.user_id === person.user_id ? person : entry)));
  }

  function removed(person: Person, portal: string) {
    update((people) => people.filter((entry) => entry.user_id !== person.user_id));
    setNotice(t("people.removed", { name: person.display_name || person.email, portal }));
    setRemovals((count) => count + 1);
  }

  return (
    <div ref={region} className="stack page">
      <PageHeader
        title={t("people.title")}
        action={
          forbidden || portal === null
            ? undefined
            : { label: t("people.invite"), onClick: () => setOpen({ dialog: "invite" }) }
        }
      >
        {portal ? t("people.intro", { portal }) : t("people.introNoPortal")}
      </PageHeader>

      {!forbidden && (user?.role === "owner" || user?.role === "admin") ? (
        <PortalPolicy mayChange={user.role === "owner"} />
      ) : null}
      <SuccessNotice message={notice} />

      <Loadable
        remote={people}
        loading={t("people.loading")}
        failure={t("people.loadFailed")}
        forbidden={portal ? t("people.forbidden", { portal }) : t("people.forbiddenNoPortal")}
      >
        {({ value }) =>
          portal === null ? null : (
            <PeopleList
              portal={portal}
              people={value}
              yourEmail={user?.email}
              onChanged={changed}
              onOpen={(person, dialog) => {
                setNotice(null);
                setOpen({ dialog, person });
              }}
            />
          )
        }
      </Loadable>

      {open?.dialog === "invite" && portal !== null ? (
        <InviteDialog portal={portal} offerOwner={user?.role === "owner"} onClose={close} onInvited={retry} />
      ) : null}
      {open?.dialog === "role" ? (
        <RoleDialog
          person={open.person}
          offerOwner={user?.role === "owner"}
          onCancel={close}
          onDone={(person) => {
            close();
            changed(person);
          }}
        />
      ) : null}
      {open?.dialog === "remove" && portal !== null ? (
        <RemovePersonDialog
          person={open.person}
          portal={portal}
          onCancel={close}
          onDone={() => {
            close();
            removed(open.person, portal);
          }}
        />
      ) : null}
      {open?.dialog === "reset-link" ? <ResetLinkDialog person={open.person} onCancel={close} /> : null}
    </div>
  );
}
