import { LOGO_MAX_BYTES, LOGO_MEDIA_TYPES } from "@gatehouse/shared";
import { type ChangeEvent, useState } from "react";
import { FieldLabel } from "../../../components/field-label.tsx";
import { describedBy, FieldError } from "../../../components/form-field.tsx";
import { useT } from "../../../hooks/use-intl.ts";
import { useDraftControl } from "./draft-control.ts";
import type { SectionProps } from "./form-props.ts";

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === "string" ? resolve(reader.result) : reject(new Error("not a data URL"));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
}

/**
 * The app's icon: a preview of the chosen file, or of the current icon while editing. The file input is visually
 * hidden behind a label styled as a button ("Choose icon") and the chosen file's name, so the picker speaks the
 * page's language rather than the browser's "Choose File"; the input keeps the keyboard focus and the field's
 * name "App icon" (docs/pages.md#settings).
 */
export function IconField({ draft, dispatch, register, client }: SectionProps) {
  const t = useT();
  const { error, hintId, errorId, control } = useDraftControl("logo", { draft, register });
  const [fileName, setFileName] = useState<string | null>(null);
  const preview = draft.logo ?? client?.logo_uri ?? null;
  const chosenId = `${control.id}-chosen`;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    dispatch({ type: "error-cleared", field: "logo" });
    setFileName(file.name);
    // A first look at what the browser says; the server reads the content and has the last word.
    if (!(LOGO_MEDIA_TYPES as readonly string[]).includes(file.type)) {
      dispatch({ type: "logo-refused", message: { key: "apps.error.logoNotAnImage" } });
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      dispatch({ type: "logo-refused", message: { key: "apps.error.logoTooLarge" } });
      return;
    }
    let logo: string;
    try {
      logo = await readAsDataUrl(file);
    } catch {
      // The reason stays with the browser; the person can only choose another file.
      dispatch({ type: "error-shown", field: "logo", message: { key: "apps.icon.unreadable" } });
      return;
    }
    dispatch({ type: "logo-chosen", logo });
  }

  // A refused file is not the icon: the line says so until an accepted one is chosen.
  const chosen = draft.logo !== null ? fileName : null;
  return (
    <div className="field">
      <FieldLabel htmlFor={control.id}>{t("apps.icon.label")}</FieldLabel>
      <div className="logo-picker">
        <span className="logo-preview">
          {preview ? (
            <img src={preview} alt={t("apps.icon.preview")} width={32} height={32} />
          ) : (
            <span className="logo-placeholder" aria-hidden="true" />
          )}
        </span>
        <input
          {...control}
          aria-describedby={describedBy(chosenId, control["aria-describedby"])}
          className="file-input visually-hidden"
          type="file"
          accept={LOGO_MEDIA_TYPES.join(",")}
          required={!client}
          onChange={(event) => void choose(event)}
        />
        <label htmlFor={control.id} className="button button-secondary button-small file-button">
          {t("apps.icon.choose")}
        </label>
        <span id={chosenId} className="file-name">
          {chosen ?? t(client ? "apps.icon.noneNew" : "apps.icon.none")}
        </span>
      </div>
      <p id={hintId} className="field-hint">
        {t(client ? "apps.icon.hintKeep" : "apps.icon.hint")}
      </p>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
