import type { CreatedClient } from "@gatehouse/shared";
import { createClient, updateClient } from "../../../api/clients.ts";
import type { ApiError } from "../../../api/http.ts";
import { generalFailure } from "../../../hooks/action-failures.ts";
import type { Translate } from "../../../hooks/use-intl.ts";
import type { SaveRequest } from "./client-draft.ts";
import { type FieldErrors, serverFieldError } from "./field-errors.ts";

/** Sends the checked settings; an edit answers the client alone, without a secret. */
export async function saveClient(request: SaveRequest): Promise<CreatedClient> {
  if (request.kind === "create") return createClient(request.body);
  return { client: await updateClient(request.clientId, request.body) };
}

/** A rule only the server checks, answered for one field: shown next to that field. */
export function serverFieldErrors(error: ApiError): FieldErrors | null {
  return error.status === 400 ? serverFieldError(error.description) : null;
}

/** The alert for a failed save; null when the failure belongs next to a field. */
export function saveFailure(error: ApiError, t: Translate): string | null {
  if (serverFieldErrors(error)) return null;
  if (error.status === 403) return t("apps.list.forbiddenNoPortal");
  if (error.status === 401) return t("apps.form.sessionEnded");
  return generalFailure(t, error) ?? t("apps.form.saveFailed");
}
