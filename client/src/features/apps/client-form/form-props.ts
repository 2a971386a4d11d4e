import type { Client } from "@gatehouse/shared";
import type { Dispatch } from "react";
import type { ClientDraft, DraftAction } from "./client-draft.ts";
import type { FieldName } from "./fields.ts";

/** What every section of the form is given: the draft, the way to change it, and where each field is. */
export interface SectionProps {
  draft: ClientDraft;
  dispatch: Dispatch<DraftAction>;
  /** Keeps the field's element, so Save can move the focus to the first invalid one. */
  register: (field: FieldName) => (element: HTMLElement | null) => void;
  /** The app being edited; absent while registering. */
  client: Client | undefined;
}
