import { ID_TOKEN_SIGNING_ALGS, idTokenSigningAlgSchema } from "@gatehouse/shared";
import { describedBy, FieldError, useFieldIds } from "../../../components/form-field.tsx";
import type { SectionProps } from "./form-props.ts";

/** What each algorithm means to someone choosing, in a few words. */
const CHOICES = {
  RS256: "RS256 (RSA, the OpenID default)",
  ES256: "ES256 (elliptic curve P-256)",
} as const;

/** How the app's ID tokens are signed: RS256, which every OpenID library expects, or ES256 (docs/pages.md#settings). */
export function IdTokenAlgField({ draft, dispatch, register }: SectionProps) {
  const error = draft.errors.id_token_signed_response_alg;
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        ID token signing algorithm
      </label>
      <p id={hintId} className="field-hint">
        Keep RS256 unless the app's OpenID library is set up for ES256.
      </p>
      <select
        id={id}
        ref={register("id_token_signed_response_alg")}
        className="field-input"
        name="id_token_signed_response_alg"
        value={draft.id_token_signed_response_alg}
        aria-invalid={invalid}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => {
          const alg = idTokenSigningAlgSchema.safeParse(event.target.value);
          if (alg.success) dispatch({ type: "alg-chosen", alg: alg.data });
        }}
      >
        {ID_TOKEN_SIGNING_ALGS.map((alg) => (
          <option key={alg} value={alg}>
            {CHOICES[alg]}
          </option>
        ))}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
