import { displayNameSchema } from "@gatehouse/shared/schemas/account";
import { emailSchema, portalIdSchema } from "@gatehouse/shared/schemas/common";
import { type Person, roleSchema } from "@gatehouse/shared/schemas/people";
import { z } from "zod";
import { addPerson } from "../domain/add-person.ts";
import { invitePerson } from "../domain/invitations.ts";
import { OPERATOR_ID, OPERATOR_ORIGIN, operatorFor, operatorOn, requirePerson } from "../domain/operator.ts";
import { makeResetLink } from "../domain/password-reset.ts";
import { listPeople } from "../domain/people.ts";
import { changePerson, removePerson } from "../domain/person-changes.ts";
import { requirePortal } from "../domain/portals.ts";
import { resetSecondFactors } from "../domain/second-factors.ts";
import { setPassword } from "../domain/set-password.ts";
import type { UserRecord } from "../store/types.ts";
import type { CliContext } from "./context.ts";
import { write, writeJson, writeTable } from "./io.ts";
import { type Command, defineCommand, jsonFlag } from "./parse.ts";

/** The command line's acts as the audit log records them. */
const OPERATOR_SOURCE = { address: OPERATOR_ORIGIN.address, user_agent: OPERATOR_ORIGIN.userAgent };

/** How `user reset-2fa` names what it removed. */
const METHOD_NAMES = {
  totp: "the authenticator app and its recovery codes",
  recovery_code: "the recovery codes",
  passkey: "every passkey",
} as const;

/** One row of `user list`: a person on one portal. */
type PortalPerson = Person & { portal_id: string };

const byEmail = z.object({ positionals: z.tuple([emailSchema]), json: jsonFlag });
const PORTAL = { portal: { type: "string" } } as const;
const ROLE = { role: { type: "string" } } as const;

function showPeople(context: CliContext, people: PortalPerson[]): Promise<void> {
  if (context.json) return writeJson(people);
  return writeTable(
    ["EMAIL", "NAME", "PORTAL", "ROLE", "STATUS", "LAST SIGN-IN"],
    people.map((person) => [
      person.email,
      person.display_name,
      person.portal_id,
      person.role,
      person.status,
      person.last_sign_in_at ?? "never",
    ]),
  );
}

const showPerson = (context: CliContext, person: Person, portalId: string) =>
  showPeople(context, [{ ...person, portal_id: portalId }]);

/** The people of one portal, or of every portal (a person of several is listed once per portal). */
async function peopleOf(context: CliContext, portalId: string | undefined): Promise<PortalPerson[]> {
  const portalIds = portalId
    ? [(await requirePortal(context, portalId)).id]
    : (await context.store.portals.list()).map((portal) => portal.id);
  const people: PortalPerson[] = [];
  for (const id of portalIds) {
    for (const person of await listPeople(context, id)) people.push({ ...person, portal_id: id });
  }
  return people;
}

/** A command on one person, named by email: `user <verb> <email> [--json]`. */
const onPerson = (verb: string, run: (context: CliContext, user: UserRecord) => Promise<void>) =>
  defineCommand(`user ${verb} <email> [--json]`, {}, byEmail, async (context, { positionals: [email] }) =>
    run(context, await requirePerson(context, email)),
  );

/** `user disable` and `user enable`: hold on every portal of the person, owner rule included. */
const setDisabled = (disabled: boolean) => async (context: CliContext, user: UserRecord) => {
  const actor = operatorFor(user);
  await showPerson(context, await changePerson(context, actor, user.id, { disabled }), actor.portalId);
};

/** `gatehouse user …` (docs/operations.md#command-line). */
export const userCommands = new Map<string, Command>([
  [
    "add",
    defineCommand(
      "user add <email> --portal <id> --role owner|admin|user [--name N] [--invite] [--json]",
      { ...PORTAL, ...ROLE, name: { type: "string" }, invite: { type: "boolean", default: false } },
      z.object({
        positionals: z.tuple([emailSchema]),
        portal: portalIdSchema,
        role: roleSchema,
        name: displayNameSchema.optional(),
        invite: z.boolean(),
        json: jsonFlag,
      }),
      async (context, { positionals: [email], portal, role, name, invite }) => {
        if (invite) {
          await requirePortal(context, portal);
          const invitation = await invitePerson(context, operatorOn(portal), { email, role });
          return context.json ? writeJson(invitation) : write(`${invitation.invitation_url}\n`);
        }
        const { person } = await addPerson(context, {
          email,
          portalId: portal,
          role,
          displayName: name ?? email.slice(0, email.indexOf("@")),
          password: () => context.readPassword(),
        });
        return showPerson(context, person, portal);
      },
    ),
  ],
  [
    "list",
    defineCommand(
      "user list [--portal <id>] [--json]",
      PORTAL,
      z.object({ positionals: z.tuple([]), portal: portalIdSchema.optional(), json: jsonFlag }),
      async (context, { portal }) => showPeople(context, await peopleOf(context, portal)),
    ),
  ],
  [
    "set-role",
    defineCommand(
      "user set-role <email> --portal <id> --role owner|admin|user [--json]",
      { ...PORTAL, ...ROLE },
      byEmail.extend({ portal: portalIdSchema, role: roleSchema }),
      async (context, { positionals: [email], portal, role }) => {
        const user = await requirePerson(context, email);
        await showPerson(context, await changePerson(context, operatorOn(portal), user.id, { role }), portal);
      },
    ),
  ],
  ["disable", onPerson("disable", setDisabled(true))],
  ["enable", onPerson("enable", setDisabled(false))],
  [
    "remove",
    defineCommand(
      "user remove <email> --portal <id> [--json]",
      PORTAL,
      byEmail.extend({ portal: portalIdSchema }),
      async (context, { positionals: [email], portal }) => {
        const user = await requirePerson(context, email);
        await removePerson(context, operatorOn(portal), user.id);
        const removed = { email: user.email, portal_id: portal, removed: true };
        return context.json ? writeJson(removed) : write(`removed ${user.email} from portal ${portal}\n`);
      },
    ),
  ],
  [
    "set-password",
    onPerson("set-password", async (context, user) => {
      await setPassword(context, user, await context.readPassword());
      const done = { email: user.email, password_set: true, sessions_ended: true };
      return context.json
        ? writeJson(done)
        : write(`set the password of ${user.email}; their sessions have ended\n`);
    }),
  ],
  [
    "reset-link",
    onPerson("reset-link", async (context, user) => {
      const link = await makeResetLink(context, operatorFor(user), user.id);
      return context.json ? writeJson(link) : write(`${link.reset_url}\n`);
    }),
  ],
  [
    "reset-2fa",
    onPerson("reset-2fa", async (context, user) => {
      // Audited as the operator's act (docs/operations.md#command-line).
      const removed = await resetSecondFactors(context, user, OPERATOR_SOURCE, { actor_id: OPERATOR_ID });
      if (context.json) return writeJson({ email: user.email, removed });
      return write(
        removed.length === 0
          ? `${user.email} has no second factor\n`
          : `removed ${removed.map((method) => METHOD_NAMES[method]).join(", ")} of ${user.email}\n`,
      );
    }),
  ],
]);
