/**
 * English messages of People, invitations, first set-up, password recovery and the password rules (client/src/features/people, invitation, setup, password-reset): the reference the other locales of this folder match key for key.
 * Keys start with "people." and are merged into the catalogue in ../en.ts (docs/pages.md#languages).
 */
export const peopleEn = {
  /* /people (docs/pages.md#people). */
  "people.title": "People",
  "people.invite": "Invite people",
  "people.intro":
    "The members of {portal}. Disabling someone signs them out everywhere at once; removing them also ends the access of every app they allowed here.",
  "people.loading": "Loading people…",
  "people.loadFailed": "The people could not be loaded.",
  "people.forbidden": "Only owners and admins of {portal} can manage its people.",
  "people.introNoPortal":
    "The members of this portal. Disabling someone signs them out everywhere at once; removing them also ends the access of every app they allowed here.",
  "people.forbiddenNoPortal": "Only owners and admins of this portal can manage its people.",
  "people.members": "Members of {portal}",
  "people.removed": "{name} was removed from {portal}.",
  "people.row.you": "(you)",
  "people.row.role": "Role",
  "people.row.status": "Status",
  "people.row.lastSignIn": "Last sign-in",
  "people.row.changeRole": "Change role",
  "people.row.enable": "Enable",
  "people.row.disable": "Disable",
  "people.row.makeResetLink": "Make reset link",
  "people.row.enableFailed": "{email} could not be enabled. Try again.",
  "people.row.disableFailed": "{email} could not be disabled. Try again.",
  "people.role.owner": "Owner",
  "people.role.admin": "Admin",
  "people.role.user": "User",
  "people.role.ownerHint": "Manages everything, including other owners.",
  "people.role.adminHint": "Manages people and apps, but not owners.",
  "people.role.userHint": "Signs in to the portal's apps.",
  "people.status.active": "Active",
  "people.status.invited": "Invited",
  "people.status.disabled": "Disabled",
  "people.failure.lastOwner":
    "A portal must always keep at least one active owner. Make someone else an owner first.",
  "people.failure.forbidden":
    "You are not allowed to make this change. Only owners grant or take away the owner role.",
  "people.failure.tooManyMoment": "Too many attempts. Wait a moment and try again.",
  "people.inviteDialog.title": "Invite people to {portal}",
  "people.inviteDialog.submit": "Invite",
  "people.inviteDialog.failed": "The invitation could not be made. Try again.",
  "people.inviteDialog.alreadyMember": "This person is already a member of {portal}.",
  "people.inviteDialog.sentTitle": "{email} is invited",
  "people.inviteDialog.sentText":
    "Send this link to {email}. Opening it, they choose their name and password and join {portal}.",
  "people.inviteDialog.link": "Invitation link",
  "people.roleDialog.title": "Change the role of {name}",
  "people.roleDialog.save": "Save role",
  "people.roleDialog.failed": "The role could not be changed. Try again.",
  "people.removeDialog.title": "Remove {name} from {portal}?",
  "people.removeDialog.text":
    "{name} can no longer sign in to {portal}, and every app they allowed here loses its access at once. Their account on other portals stays.",
  "people.removeDialog.failed": "{name} could not be removed. Try again.",
  "people.resetDialog.title": "Make a password reset link for {name}?",
  "people.resetDialog.text":
    "The link lets whoever opens it choose a new password for {email}. Their current password keeps working until then.",
  "people.resetDialog.confirm": "Make link",
  "people.resetDialog.failed": "The link could not be made. Try again.",
  "people.resetDialog.linkTitle": "Password reset link for {name}",
  "people.resetDialog.linkText":
    "Give this link to {name} yourself: anyone who opens it can choose their new password.",
  "people.resetDialog.link": "Reset link",
  "people.policy.label": "Require two-factor authentication for everyone on this portal",
  "people.policy.on":
    "Everyone signs in with a code from an authenticator app; people without one set it up at their next sign-in.",
  "people.policy.off": "Each person decides whether to add a second factor on Your account.",
  "people.policy.ownersOnly": "Only owners can change this.",
  "people.policy.hintOwnersOnly": "{effect} Only owners can change this.",
  "people.policy.saveFailed": "The setting could not be saved. Try again.",
  "people.policy.loadFailed": "The portal's sign-in settings could not be loaded.",

  /* /invite#<token> (docs/pages.md#one-time-links). */
  "people.invitation.title": "Invitation",
  "people.invitation.opening": "Opening your invitation…",
  "people.invitation.openFailed": "Your invitation could not be opened.",
  "people.invitation.incomplete": "This invitation link is incomplete",
  "people.invitation.incompleteText":
    "Copy the whole link from your invitation, including everything after the # sign.",
  "people.invitation.dead": "This invitation link no longer works",
  "people.invitation.deadText": "It was already used, or it is more than 7 days old.",
  "people.invitation.askAgain": "Ask the person who invited you for a new invitation.",
  "people.invitation.join": "Join {portal}",
  "people.invitation.for": "This invitation is for <strong>{email}</strong>.",
  "people.invitation.haveAccount": "Already use Gatehouse with {email}?",
  "people.invitation.signInToJoin": "Sign in to join",
  "people.invitation.newHere": "New to Gatehouse?",
  "people.invitation.createAccount": "Create your account",
  "people.invitation.nameHint": "Shown to the apps you allow and to the people of the portal.",
  "people.invitation.createAndJoin": "Create account and join",
  "people.invitation.acceptFailed": "The invitation could not be accepted. Try again.",
  "people.invitation.signedInAs":
    "You are signed in as <strong>{user}</strong>. Join {portal} with this account.",
  "people.invitation.joinButton": "Join",
  "people.invitation.otherEmail":
    "You are signed in as <strong>{user}</strong>, but this invitation is for <strong>{email}</strong>. Sign out to accept it as {email}.",
  "people.invitation.signOutFailed": "You could not be signed out. Try again.",
  "people.invitation.welcome": "Welcome to {portal}",
  "people.invitation.welcomeText":
    "You are now a member of {portal}. To use one of its apps, open the app: it brings you here to sign in.",
  "people.invitation.toAccount": "Go to your account",

  /* /setup#<token> (docs/pages.md#one-time-links). */
  "people.setup.title": "Set up Gatehouse",
  "people.setup.intro":
    "Name your first portal and create its owner: you. You can invite everyone else next.",
  "people.setup.opening": "Opening the setup link…",
  "people.setup.checkFailed": "The setup link could not be checked.",
  "people.setup.incomplete": "This setup link is incomplete",
  "people.setup.incompleteText":
    "Copy the whole link from the server's log, including everything after the # sign.",
  "people.setup.dead": "This setup link no longer works",
  "people.setup.deadText": "It was already used, or it is more than an hour old.",
  "people.setup.deadHelp":
    "While Gatehouse has no people yet, every start logs a new setup link. Once it is set up, an owner invites everyone else from People.",
  "people.setup.portalName": "Portal name",
  "people.setup.portalNameHint": "Your team or company, as people will see it when they sign in.",
  "people.setup.emailHint": "You sign in with it, as the portal's owner.",
  "people.setup.submit": "Set up Gatehouse",
  "people.setup.failed": "Gatehouse could not be set up. Try again.",

  /* /forgot-password and /reset-password#<token> (docs/pages.md#password-recovery). */
  "people.forgot.title": "Forgot password",
  "people.forgot.heading": "Forgot your password?",
  "people.forgot.intro":
    "Enter the email you sign in with. We will mail you a link to choose a new password.",
  "people.forgot.submit": "Send reset link",
  "people.forgot.tooMany": "Too many requests. Wait a few minutes and try again.",
  "people.forgot.failed": "Your request could not be sent. Try again.",
  "people.forgot.sentHeading": "Check your mail",
  "people.forgot.sentText":
    "If an account uses <strong>{email}</strong>, a link to choose a new password is on its way there. It works once, for 30 minutes.",
  "people.forgot.noMail":
    "No mail after a few minutes? Look in your spam folder, or ask an admin of your portal for a reset link.",
  "people.forgot.back": "Back to sign in",
  "people.reset.title": "Choose a new password",
  "people.reset.intro": "Once it is set, every browser signed in to your account is signed out.",
  "people.reset.submit": "Set new password",
  "people.reset.incomplete": "This reset link is incomplete",
  "people.reset.incompleteText": "Copy the whole link from your mail, including everything after the # sign.",
  "people.reset.dead": "This reset link no longer works",
  "people.reset.deadText": "It was already used, or it is more than 30 minutes old.",
  "people.reset.askAgain": "Ask for a new link",
  "people.reset.done": "Your password was changed",
  "people.reset.doneText":
    "Every browser signed in to your account was signed out. Sign in again with your new password.",
  "people.reset.signIn": "Sign in",

  /* The shared rules' refusals (shared/src/passwords.ts, shared/src/schemas/common.ts), said beside the field. */
  "people.password.enter": "Enter a password",
  "people.password.tooShort": "Use at least {min} characters",
  "people.password.tooLong": "Use at most {max} characters",
  "people.password.common": "This password is too common or too easy to guess",
  "people.password.containsEmail": "The password must not contain your email address",
  "people.field.emailInvalid": "Enter a valid email",
  "people.field.emailTooLong": "Email must be at most {max} characters",
  "people.field.nameEmpty": "Enter a name",
  "people.field.nameTooLong": "Name must be at most {max} characters",
  "people.field.nameControl": "Name must not contain control characters",
  "people.field.portalName": "Portal name must be {min}–{max} characters",
  "people.field.invalid": "Check this field",
} as const;

/** This area's messages in another locale: every key English has, no other. */
export type PeopleMessages = Record<keyof typeof peopleEn, string>;
