import type { AuditEvent, AuditPage } from "@gatehouse/shared/schemas/audit";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { listAuditEvents } from "../api/audit.ts";
import { ApiError } from "../api/http.ts";
import { SettingsNav } from "../features/session/settings-nav.tsx";
import { useSessionStore } from "../stores/session.ts";
import { alice, alicePortals } from "../test-support.ts";
import { AuditPage as AuditLogPage } from "./audit.tsx";

vi.mock("../api/audit.ts");

const event = (id: string, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id,
  time: "2025-03-04T10:20:30.000Z",
  portal_id: "acme",
  event: "sign_in.succeeded",
  person: { user_id: "u-alice", email: "alice@example.com" },
  address: "203.0.113.7",
  user_agent: "Firefox",
  details: {},
  ...overrides,
});

const page = (events: AuditEvent[], next_before: string | null = null): AuditPage => ({
  events,
  next_before,
});

function renderPage() {
  render(<AuditLogPage />);
  return userEvent.setup();
}

describe("AuditPage", () => {
  beforeEach(() => {
    useSessionStore.getState().signedIn({ user: { ...alice, role: "owner" }, portals: alicePortals });
    vi.mocked(listAuditEvents).mockReset();
  });

  it("shows one row per event, newest first, with its time in the browser's locale, person, event and address", async () => {
    vi.mocked(listAuditEvents).mockResolvedValue(
      page([event("2"), event("1", { event: "sign_in.failed", person: null, address: "198.51.100.9" })]),
    );
    renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "Audit log" })).toBeInTheDocument();
    const table = await screen.findByRole("table");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Time", "Person", "Event", "Address"]);
    const [first, second] = within(table).getAllByRole("row").slice(1);
    const expectedTime = new Intl.DateTimeFormat(undefined, {
      dateStyle: "medium",
      timeStyle: "medium",
    }).format(new Date("2025-03-04T10:20:30.000Z"));
    expect(first).toHaveTextContent(expectedTime);
    expect(first?.querySelector("time")).toHaveAttribute("datetime", "2025-03-04T10:20:30.000Z");
    expect(first).toHaveTextContent("alice@example.com");
    expect(first).toHaveTextContent("sign_in.succeeded");
    expect(first).toHaveTextContent("203.0.113.7");
    expect(second).toHaveTextContent("Unknown");
    expect(second).toHaveTextContent("sign_in.failed");
    expect(listAuditEvents).toHaveBeenCalledWith({ limit: 50 });
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
  });

  it("filters by person, event and day, starting again from the newest", async () => {
    vi.mocked(listAuditEvents).mockResolvedValue(page([event("1")]));
    const user = renderPage();
    await screen.findByRole("table");
    await user.type(screen.getByLabelText("Person"), "bob@example.com");
    await user.selectOptions(screen.getByLabelText("Event"), "consent.granted");
    await user.type(screen.getByLabelText("Up to"), "2025-03-04");
    vi.mocked(listAuditEvents).mockResolvedValue(page([]));
    await user.click(screen.getByRole("button", { name: "Filter" }));
    expect(await screen.findByText("No events match these filters.")).toBeInTheDocument();
    expect(listAuditEvents).toHaveBeenLastCalledWith({
      limit: 50,
      person: "bob@example.com",
      event: "consent.granted",
      // The end of that day where the browser is.
      before: new Date(2025, 2, 5).toISOString(),
    });
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(listAuditEvents).toHaveBeenLastCalledWith({ limit: 50 });
    expect(screen.getByLabelText("Person")).toHaveValue("");
  });

  it("appends the next page with Load more, by the cursor of the last one", async () => {
    vi.mocked(listAuditEvents).mockResolvedValueOnce(page([event("3"), event("2")], "cursor-2"));
    const user = renderPage();
    await screen.findByRole("table");
    vi.mocked(listAuditEvents).mockResolvedValueOnce(page([event("1", { event: "signed_out" })]));
    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(await within(screen.getByRole("table")).findByText("signed_out")).toBeInTheDocument();
    expect(screen.getAllByRole("row")).toHaveLength(4);
    expect(listAuditEvents).toHaveBeenLastCalledWith({ limit: 50, before: "cursor-2" });
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
  });

  it("tells someone who is neither owner nor admin that only those may read the log, in the page's words", async () => {
    vi.mocked(listAuditEvents).mockRejectedValueOnce(
      new ApiError(403, "forbidden", "only owners and admins read it"),
    );
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /^Only owners and admins of .+ can read its audit log\.$/,
    );
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });

  it("says so in a whole sentence when no portal is chosen yet", async () => {
    useSessionStore.getState().signedIn({ user: { ...alice, portal: null }, portals: alicePortals });
    vi.mocked(listAuditEvents).mockRejectedValueOnce(new ApiError(403, "forbidden"));
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Only owners and admins of this portal can read its audit log.",
    );
  });

  it("says why the log could not be loaded, and tries again", async () => {
    vi.mocked(listAuditEvents).mockRejectedValueOnce(new ApiError(500, "server_error", "the store is down"));
    const user = renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent("The audit log could not be loaded.");
    expect(screen.queryByText(/the store is down/)).not.toBeInTheDocument();
    vi.mocked(listAuditEvents).mockResolvedValueOnce(page([event("1")]));
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table")).toBeInTheDocument();
  });
});

describe("SettingsNav", () => {
  it.each([
    ["owner", true],
    ["admin", true],
    ["user", false],
  ] as const)("links to the audit log for a %s: %s", (role, shown) => {
    useSessionStore.getState().signedIn({ user: { ...alice, role }, portals: alicePortals });
    render(
      <MemoryRouter>
        <SettingsNav />
      </MemoryRouter>,
    );
    expect(screen.queryByRole("link", { name: "Audit log" }) !== null).toBe(shown);
  });
});
