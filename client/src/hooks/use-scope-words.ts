import type { MessageKey, ScopeGroup, ScopeName } from "@gatehouse/shared";
import { useT } from "./use-intl.ts";

const GROUP_KEYS: Record<ScopeGroup, MessageKey> = {
  Profile: "consent.group.profile",
  Accounts: "consent.group.accounts",
  "Files & Folders": "consent.group.files",
  Rooms: "consent.group.rooms",
  "Open ID": "consent.group.openid",
};

/**
 * A scope line's words in the page's language, from its group and scope name: the switcher may change the
 * language after the interaction loaded, so the API's English `description` is not shown (docs/api.md#interactions).
 */
export function useScopeWords(): {
  group: (group: ScopeGroup) => string;
  description: (name: ScopeName) => string;
} {
  const t = useT();
  return { group: (group) => t(GROUP_KEYS[group]), description: (name) => t(`scope.${name}`) };
}
