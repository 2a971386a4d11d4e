import { LOGO_MAX_BYTES, LOGO_MEDIA_TYPES, LOGO_MESSAGES } from "@gatehouse/shared";
import type { ChangeEvent } from "react";
import { FieldLabel } from "../../../components/field-label.tsx";
import { FieldError } from "../../../components/form-field.tsx";
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

/** The app's icon: a preview of the chosen file, or of the current icon while editing. */
export function IconField({ draft, dispatch, register, client }: SectionProps) {
  const { error, hintId, errorId, control } = useDraftControl("logo", { draft, register });
  const preview = draft.logo ?? client?.logo_uri ?? null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    dispatch({ type: "error-cleared", field: "logo" });
    // A first look at what the browser says; the server reads the content and has the last word.
    if (!(LOGO_MEDIA_TYPES as readonly string[]).includes(file.type)) {
      dispatch({ type: "logo-refused", message: LOGO_MESSAGES.notAnImage });
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      dispatch({ type: "logo-refused", message: LOGO_MESSAGES.tooLarge });
      return;
    }
    let logo: string;
    try {
      logo = await readAsDataUrl(file);
    } catch {
      // The reason stays with the browser; the person can only choose another file.
      dispatch({
        type: "error-shown",
        field: "logo",
        message: "The file could not be read. Choose another one.",
      });
      return;
    }
    dispatch({ type: "logo-chosen", logo });
  }

  return (
    <div className="field">
      <FieldLabel htmlFor={control.id}>App icon</FieldLabel>
      <div className="logo-picker">
        <span className="logo-preview">
          {preview ? (
            <img src={preview} alt="App icon preview" width={32} height={32} />
          ) : (
            <span className="logo-placeholder" aria-hidden="true" />
          )}
        </span>
        <input
          {...control}
          className="file-input"
          type="file"
          accept={LOGO_MEDIA_TYPES.join(",")}
          required={!client}
          onChange={(event) => void choose(event)}
        />
      </div>
      <p id={hintId} className="field-hint">
        A JPG, PNG or SVG image of exactly 32×32 pixels, at most 256 KB.
        {client ? " Leave it empty to keep the current icon." : ""}
      </p>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
