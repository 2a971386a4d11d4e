import { useIntl } from "../hooks/use-intl.ts";
import { useLocaleStore } from "../stores/locale.ts";
import { CopyBox } from "./copy-box.tsx";
import { LocalTime } from "./local-time.tsx";

interface OneTimeLinkProps {
  label: string;
  url: string;
  expiresAt: string;
}

/**
 * A single-use link the server answers once and keeps only as a hash (docs/security.md#one-time-links): shown here to
 * copy, with when it stops working.
 */
export function OneTimeLink({ label, url, expiresAt }: OneTimeLinkProps) {
  const intl = useIntl();
  const locale = useLocaleStore((state) => state.locale);
  return (
    <CopyBox
      label={label}
      value={url}
      rows={2}
      // Inside "Copy …" the label is lower case, except in German, which capitalises every noun.
      copyLabel={locale === "de" ? label : label.toLocaleLowerCase(locale)}
      hint={intl.formatMessage(
        { id: "consent.oneTimeLink.hint" },
        { time: <LocalTime key="time" iso={expiresAt} /> },
      )}
    />
  );
}
