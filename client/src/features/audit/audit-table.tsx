import type { AuditEvent } from "@gatehouse/shared/schemas/audit";

/** Date and time in the browser's own locale and time zone. */
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** One row per event, newest first: time, person, event and address (docs/pages.md). */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    // Focusable, so that a keyboard can scroll a table wider than a narrow screen (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <section className="table-scroll" aria-label="Security events" tabIndex={0}>
      <table className="audit-table">
        <caption className="visually-hidden">Security events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Person</th>
            <th scope="col">Event</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td data-label="Time">
                <time dateTime={event.time}>{timeFormat.format(new Date(event.time))}</time>
              </td>
              <td className="audit-person" data-label="Person">
                {event.person?.email ?? <span className="muted">Unknown</span>}
              </td>
              <td data-label="Event">
                <code>{event.event}</code>
              </td>
              <td data-label="Address">{event.address ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
