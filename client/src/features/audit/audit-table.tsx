import type { MessageKey } from "@gatehouse/shared";
import type { AuditEvent } from "@gatehouse/shared/schemas/audit";
import { useIntl } from "../../hooks/use-intl.ts";

/** One row per event, newest first: time, person, event and address (docs/pages.md). */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const intl = useIntl();
  const t = (id: MessageKey) => intl.formatMessage({ id });
  return (
    // Focusable, so that a keyboard can scroll a table wider than a narrow screen (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <section className="table-scroll" aria-label={t("audit.events")} tabIndex={0}>
      <table className="audit-table">
        <caption className="visually-hidden">{t("audit.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.time")}</th>
            <th scope="col">{t("audit.person")}</th>
            <th scope="col">{t("audit.event")}</th>
            <th scope="col">{t("audit.address")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td data-label={t("audit.time")}>
                <time dateTime={event.time}>
                  {/* The page's language, the browser's time zone (docs/pages.md#languages). */}
                  {intl.formatDate(event.time, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </td>
              <td className="audit-person" data-label={t("audit.person")}>
                {event.person?.email ?? <span className="muted">{t("common.unknown")}</span>}
              </td>
              <td data-label={t("audit.event")}>
                <code>{event.event}</code>
              </td>
              <td data-label={t("audit.address")}>{event.address ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
