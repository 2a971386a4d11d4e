import { useState } from "react";
import { useT } from "../hooks/use-intl.ts";

interface CopyButtonProps {
  value: string;
  /** Said after "Copy" to screen readers, when a page holds several copy buttons. */
  hiddenLabel?: string;
}

/** Copies `value` to the clipboard and says so where the person is looking, and to screen readers. */
export function CopyButton({ value, hiddenLabel }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // No clipboard (an old browser, a denied permission): the value stays selectable by hand.
      setState("failed");
    }
  }

  return (
    <span className="copy">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={hiddenLabel ? t("common.copyNamed", { name: hiddenLabel }) : undefined}
        onClick={() => void copy()}
      >
        {t("common.copy")}
      </button>
      <span className="copy-feedback" role="status">
        {state === "copied" ? t("common.copied") : state === "failed" ? t("common.copyFailed") : ""}
      </span>
    </span>
  );
}
