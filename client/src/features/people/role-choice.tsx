import { ROLES, type Role } from "@gatehouse/shared/schemas/people";
import { useId } from "react";
import { useT } from "../../hooks/use-intl.ts";
import { ROLE_HINTS, ROLE_LABELS } from "./labels.ts";

interface RoleChoiceProps {
  value: Role;
  /** Only owners grant the owner role (docs/api.md#people); others are not offered it. */
  offerOwner: boolean;
  onChange: (role: Role) => void;
}

/** The three roles as radio buttons, each with what it may do. */
export function RoleChoice({ value, offerOwner, onChange }: RoleChoiceProps) {
  const t = useT();
  const name = useId();
  const roles = ROLES.filter((role) => offerOwner || role !== "owner" || value === "owner");
  return (
    <fieldset className="fieldset">
      <legend className="field-label">{t("people.row.role")}</legend>
      <div className="stack-tight">
        {roles.map((role) => (
          <div className="checkbox-field" key={role}>
            <input
              id={`${name}-${role}`}
              className="checkbox"
              type="radio"
              name={name}
              value={role}
              checked={value === role}
              aria-describedby={`${name}-${role}-hint`}
              onChange={() => onChange(role)}
            />
            <div>
              <label className="field-label" htmlFor={`${name}-${role}`}>
                {t(ROLE_LABELS[role])}
              </label>
              <p id={`${name}-${role}-hint`} className="field-hint">
                {t(ROLE_HINTS[role])}
              </p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
