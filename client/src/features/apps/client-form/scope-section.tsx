import { SCOPE_GROUPS, SCOPES, type ScopeDefinition } from "@gatehouse/shared";
import { useId } from "react";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import { useIntl, useT } from "../../../hooks/use-intl.ts";
import { useScopeWords } from "../../../hooks/use-scope-words.ts";
import { useFieldText } from "./field-message.ts";
import type { SectionProps } from "./form-props.ts";
import { IdTokenAlgField } from "./id-token-alg-field.tsx";

/** The four Read/Write groups; the OpenID scopes stand alone, one row each (docs/pages.md#settings). */
const ACCESS_GROUPS = SCOPE_GROUPS.filter((group) => group !== "Open ID").map((group) => ({
  group,
  read: SCOPES.find((scope) => scope.group === group && scope.access === "read"),
  write: SCOPES.find((scope) => scope.group === group && scope.access === "write"),
}));
const OPENID_SCOPES = SCOPES.filter((scope) => scope.access === "identity");

/**
 * What the app may ask people for: a Read and a Write checkbox per group, one each for `openid`,
 * `profile` and `email`, and how its ID tokens are signed.
 */
export function ScopeSection(props: SectionProps) {
  const { draft, dispatch, register } = props;
  const t = useT();
  const intl = useIntl();
  const words = useScopeWords();
  const headingId = useId();
  const error = useFieldText()(draft.errors.scopes);
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  const descriptionId = (scope: ScopeDefinition) => `${id}-${scope.name}`;

  function checkbox(scope: ScopeDefinition, first = false) {
    return (
      <input
        ref={first ? register("scopes") : undefined}
        className="checkbox"
        type="checkbox"
        name="scopes"
        value={scope.name}
        // The scope's own name is its accessible name (docs/pages.md#settings); the column header says Read or Write.
        aria-label={scope.name}
        aria-describedby={describedBy(descriptionId(scope), errorId)}
        aria-invalid={invalid}
        checked={draft.scopes.has(scope.name)}
        onChange={(event) =>
          dispatch({ type: "scope-toggled", name: scope.name, checked: event.target.checked })
        }
      />
    );
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t("apps.scopes.heading")}
      </h2>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="field-label">{t("apps.scopes.legend")}</legend>
        <p id={hintId} className="field-hint">
          {t("apps.scopes.hint")}
        </p>
        <div className="scope-table-wrap">
          <table className="scope-table">
            <thead>
              <tr>
                <th scope="col">{t("apps.scopes.scope")}</th>
                <th scope="col" className="scope-cell">
                  {t("apps.scopes.read")}
                </th>
                <th scope="col" className="scope-cell">
                  {t("apps.scopes.write")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ACCESS_GROUPS.map(({ group, read, write }, index) => (
                <tr key={group}>
                  <th scope="row" className="scope-row-head">
                    <span className="scope-group">{words.group(group)}</span>
                    {[read, write].map((scope) =>
                      scope ? (
                        <span key={scope.name} id={descriptionId(scope)} className="scope-description">
                          {t(scope.access === "read" ? "apps.scopes.readLine" : "apps.scopes.writeLine", {
                            description: words.description(scope.name),
                          })}
                        </span>
                      ) : null,
                    )}
                  </th>
                  {[read, write].map((scope, column) => (
                    <td key={scope?.name ?? column} className="scope-cell">
                      {scope ? checkbox(scope, index === 0 && column === 0) : null}
                    </td>
                  ))}
                </tr>
              ))}
              {OPENID_SCOPES.map((scope) => (
                <tr key={scope.name}>
                  <th scope="row" className="scope-row-head">
                    <span className="scope-group">
                      {intl.formatMessage(
                        { id: "apps.scopes.openidRow" },
                        {
                          group: words.group(scope.group),
                          scope: scope.name,
                          code: (chunks) => <code>{chunks}</code>,
                        },
                      )}
                    </span>
                    <span id={descriptionId(scope)} className="scope-description">
                      {words.description(scope.name)}
                    </span>
                  </th>
                  <td className="scope-cell" colSpan={2}>
                    {checkbox(scope)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <FieldError id={errorId} error={error} />
      </fieldset>
      <IdTokenAlgField {...props} />
    </section>
  );
}
