import type { ScopeLine } from "@gatehouse/shared";
import { useId } from "react";
import { ScopeList } from "../../components/scope-list.tsx";
import { useT } from "../../hooks/use-intl.ts";

/**
 * What the app asks for, one item per scope group. The server marks lines new only when an earlier grant
 * exists; then what is new is shown apart from what was granted before (docs/pages.md#interaction).
 */
export function ConsentScopes({ appName, scopes }: { appName: string; scopes: ScopeLine[] }) {
  const t = useT();
  const newListId = useId();
  const grantedListId = useId();
  const allListId = useId();
  const added = scopes.filter((scope) => scope.new);
  const granted = scopes.filter((scope) => !scope.new);

  if (added.length === 0 || granted.length === 0) {
    return (
      <section className="stack-tight">
        <h2 id={allListId}>{t("consent.scopes.all", { app: appName })}</h2>
        <ScopeList scopes={scopes} labelledBy={allListId} />
      </section>
    );
  }
  return (
    <>
      <section className="stack-tight">
        <h2 id={newListId}>{t("consent.scopes.new")}</h2>
        <ScopeList scopes={added} labelledBy={newListId} />
      </section>
      <section className="stack-tight">
        <h2 id={grantedListId}>{t("consent.scopes.granted")}</h2>
        <ScopeList scopes={granted} labelledBy={grantedListId} />
      </section>
    </>
  );
}
