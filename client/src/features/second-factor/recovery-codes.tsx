import { CopyButton } from "../../components/copy-button.tsx";
import { DoneButton } from "../../components/done-button.tsx";
import { useT } from "../../hooks/use-intl.ts";

const FILE_NAME = "gatehouse-recovery-codes.txt";

/** The file's first line says what the codes are, in the page's language. */
function codesText(heading: string, codes: readonly string[]): string {
  return `${heading}\n\n${codes.join("\n")}\n`;
}

/** Saves the codes as a text file, made in the browser: they never travel again (docs/api.md#second-factors). */
function download(heading: string, codes: readonly string[]): void {
  const url = URL.createObjectURL(
    new Blob([codesText(heading, codes)], { type: "text/plain;charset=utf-8" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = FILE_NAME;
  link.click();
  URL.revokeObjectURL(url);
}

interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => void;
}

/** The 10 recovery codes, shown this once: a list people can select, and "Copy", "Download" and "Done". */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const t = useT();
  return (
    <div className="stack">
      <p>{t("signIn.codes.intro")}</p>
      <ol className="recovery-codes" aria-label={t("signIn.codes.list")}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="form-actions">
        <CopyButton value={codes.join("\n")} />
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => download(t("signIn.codes.file"), codes)}
        >
          {t("signIn.codes.download")}
        </button>
      </div>
      <DoneButton onDone={onDone} />
    </div>
  );
}
