import { useIntl } from "../hooks/use-intl.ts";
/** A time from the API in the page's language and the browser's time zone; the ISO value stays machine-readable. */
export function LocalTime({ iso }: { iso: string }) {
  const intl = useIntl();
  const date = new Date(iso);
  const shown = Number.isNaN(date.getTime())
    ? iso
    : intl.formatDate(date, { dateStyle: "medium", timeStyle: "short" });
  return <time dateTime={iso}>{shown}</time>;
}
