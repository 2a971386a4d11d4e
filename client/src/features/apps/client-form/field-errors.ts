import type { z } from "zod";
import { type FieldMessage, issueMessage, serverMessage } from "./field-message.ts";
import { FIELDS, type FieldName } from "./fields.ts";

export type FieldErrors = Partial<Record<FieldName, FieldMessage>>;

function isFieldName(value: string): value is FieldName {
  return (FIELDS as readonly string[]).includes(value);
}

/** The issue's field is the settings key at the head of its path (`redirect_uris.0` belongs to the list). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): {
  errors: FieldErrors;
  rest: FieldMessage[];
} {
  const errors: FieldErrors = {};
  const rest: FieldMessage[] = [];
  for (const issue of issues) {
    const head = issue.path[0];
    if (typeof head === "string" && isFieldName(head)) errors[head] ??= issueMessage(issue);
    else rest.push(issueMessage(issue));
  }
  return { errors, rest };
}

/** The server answers a rule it checks itself (the icon's real content) as `error_description: "field: message"`. */
export function serverFieldError(description: string | undefined): FieldErrors | null {
  const match = /^([a-z_]+)(?:\.\d+)?: (.+)$/s.exec(description ?? "");
  const [, field, message] = match ?? [];
  if (!field || !message || !isFieldName(field)) return null;
  return { [field]: serverMessage(message) };
}

/** The first field, in the form's order, that has a message. */
export function firstInvalid(errors: FieldErrors): FieldName | undefined {
  return FIELDS.find((field) => errors[field] !== undefined);
}
