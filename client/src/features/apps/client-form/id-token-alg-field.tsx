import { ID_TOKEN_SIGNING_ALGS, idTokenSigningAlgSchema } from "@gatehouse/shared";
import { FieldLabel } from "../../../components/field-label.tsx";
import { FieldError } from "../../../components/form-field.tsx";
import { useT } from "../../../hooks/use-intl.ts";
import { useDraftControl } from "./draft-control.ts";
import type { SectionProps } from "./form-props.ts";

/** How the app's ID tokens are signed: RS256, which every OpenID library expects, or ES256 (docs/pages.md#settings). */
export function IdTokenAlgField({ draft, dispatch, register }: SectionProps) {
  const t = useT();
  const { error, hintId, errorId, control } = useDraftControl("id_token_signed_response_alg", {
    draft,
    register,
  });
  return (
    <div className="field">
      <FieldLabel htmlFor={control.id}>{t("apps.alg.label")}</FieldLabel>
      <p id={hintId} className="field-hint">
        {t("apps.alg.hint")}
      </p>
      <select
        {...control}
        className="field-input"
        value={draft.id_token_signed_response_alg}
        onChange={(event) => {
          const alg = idTokenSigningAlgSchema.safeParse(event.target.value);
          if (alg.success) dispatch({ type: "alg-chosen", alg: alg.data });
        }}
      >
        {ID_TOKEN_SIGNING_ALGS.map((alg) => (
          <option key={alg} value={alg}>
            {/* What each algorithm means to someone choosing, in a few words. */}
            {t(`apps.alg.${alg}`)}
          </option>
        ))}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
