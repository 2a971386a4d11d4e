/** How roles and statuses read on the page (docs/pages.md#people): catalogue keys, said in the page's language. */
export const ROLE_LABELS = {
  owner: "people.role.owner",
  admin: "people.role.admin",
  user: "people.role.user",
} as const;
export const ROLE_HINTS = {
  owner: "people.role.ownerHint",
  admin: "people.role.adminHint",
  user: "people.role.userHint",
} as const;
export const STATUS_LABELS = {
  active: "people.status.active",
  invited: "people.status.invited",
  disabled: "people.status.disabled",
} as const;
