/** How roles and statuses read on the page (docs/pages.md#people). */
export const ROLE_LABELS = { owner: "Owner", admin: "Admin", user: "User" } as const;
export const STATUS_LABELS = { active: "Active", invited: "Invited", disabled: "Disabled" } as const;
