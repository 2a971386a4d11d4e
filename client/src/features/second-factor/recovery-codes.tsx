import { CopyButton } from "../../components/copy-button.tsx";
import { DoneButton } from "../../components/done-button.tsx";

const FILE_NAME = "gatehouse-recovery-codes.txt";

function codesText(codes: readonly string[]): string {
  return `Gatehouse recovery codes. Each works once, in place of an authentication code.\n\n${codes.join("\n")}\n`;
}

/** Saves the codes as a text file, made in the browser: they never travel again (docs/api.md#second-factors). */
function download(codes: readonly string[]): void {
  const url = URL.createObjectURL(new Blob([codesText(codes)], { type: "text/plain;charset=utf-8" }));
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
  return (
    <div className="stack">
      <p>
        Keep these codes somewhere safe, apart from your phone. If you lose your authenticator app, each code
        signs you in once. They are shown only now.
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="form-actions">
        <CopyButton value={codes.join("\n")} />
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => download(codes)}
        >
          Download
        </button>
      </div>
      <DoneButton onDone={onDone} />
    </div>
  );
}
