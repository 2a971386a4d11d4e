import { ROLES, type Role } from "@gatehouse/shared/schemas/people";
import { useId } from "react";
import { ROLE_LABELS } from "./labels.ts";

const ROLE_HINTS: Record<Role, string> = {
  owner: "Manages everything, including other owners.",
  admin: "Manages people and apps, but not owners.",
  user: "Signs in to the portal's apps.",
};

interface RoleChoiceProps {
  value: Role;
  /** Only owners grant the owner role (docs/api.md#people); others are not offered it. */
  offerOwner: boolean;
  onChange: (role: Role) => void;
}

/** The three roles as radio buttons, each with what it may do. */
export function RoleChoice({ value, offerOwner, onChange }: RoleChoiceProps) {
  const name = useId();
  const roles = ROLES.filter((role) => offerOwner || role !== "owner" || value === "owner");
  return (
    <fieldset className="fieldset">
      <legend className="field-label">Role</legend>
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
                {ROLE_LABELS[role]}
              </label>
              <p id={`${name}-${role}-hint`} className="field-hint">
                {ROLE_HINTS[role]}
              </p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
