import type { ScopeLine } from "@gatehouse/shared";
import { useT } from "../hooks/use-intl.ts";
import { useScopeWords } from "../hooks/use-scope-words.ts";
import { Glyph } from "./glyph.tsx";

/** One item per requested scope group, with the description of its strongest scope (docs/scopes.md#groups). */
export function ScopeList({ scopes, labelledBy }: { scopes: ScopeLine[]; labelledBy?: string }) {
  const t = useT();
  const words = useScopeWords();
  return (
    <ul className="scope-list" aria-labelledby={labelledBy}>
      {scopes.map((scope) => (
        <li key={scope.name} className="scope-item">
          <Glyph className="scope-check" path="M8.2 13.6 4.8 10.2l-1.4 1.4 4.8 4.8 9-9-1.4-1.4Z" />
          <div className="scope-text">
            <span className="scope-group">
              {words.group(scope.group)}
              {scope.new ? (
                <>
                  {" "}
                  <span className="badge">{t("consent.scopes.newBadge")}</span>
                </>
              ) : null}
            </span>
            <span className="scope-description">{words.description(scope.name)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
