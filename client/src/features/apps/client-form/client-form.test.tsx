import { SCOPE_NAMES } from "@gatehouse/shared";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createClient, updateClient } from "../../../api/clients.ts";
import { ApiError } from "../../../api/http.ts";
import { retype } from "../../../test-routes.tsx";
import { demoNotesClient } from "../../../test-support.ts";
import { ClientForm } from "./client-form.tsx";

vi.mock("../../../api/clients.ts");

// The first bytes of a PNG are enough here: the browser reads the file, the server judges its content.
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DATA_URL = "data:image/png;base64,iVBORw0KGgo=";

function renderForm(props: Partial<Parameters<typeof ClientForm>[0]> = {}) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(<ClientForm onSaved={onSaved} onCancel={onCancel} {...props} />);
  return { onSaved, onCancel, user: userEvent.setup() };
}

function group(name: string) {
  return screen.getByRole("group", { name });
}

/** Types `value` into the list field labelled `label` and presses that list's Add button; answers the field. */
async function addEntry(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.type(input, value);
  await user.click(within(group(label)).getByRole("button", { name: "Add" }));
  return input;
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("App name"), "Team Notes");
  await user.type(screen.getByLabelText("Website URL"), "https://team.example.com");
  await user.upload(
    screen.getByLabelText("App icon"),
    new File([PNG_BYTES], "icon.png", { type: "image/png" }),
  );
  await user.type(screen.getByLabelText("Description"), "Notes for the team");
  await addEntry(user, "Redirect URLs", "http://localhost:5175/callback");
  await addEntry(user, "Allowed origins", "http://localhost:5175");
  await user.click(screen.getByRole("checkbox", { name: "files:write" }));
  await user.click(screen.getByRole("checkbox", { name: "openid" }));
  await user.type(screen.getByLabelText("Privacy policy URL"), "https://team.example.com/privacy");
  await user.type(screen.getByLabelText("Terms of Service URL"), "https://team.example.com/terms");
}

/** The message shown next to a field is one of the ids its aria-describedby names. */
function describedText(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

describe("ClientForm", () => {
  it("labels every field of docs/pages.md#settings", () => {
    renderForm();
    for (const label of [
      "App name",
      "Website URL",
      "App icon",
      "Description",
      "Allow public client (PKCE)",
      "Redirect URLs",
      "Available to other portals",
      "Allowed origins",
      "ID token signing algorithm",
      "Privacy policy URL",
      "Terms of Service URL",
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText("App icon")).toHaveAttribute("type", "file");
    expect(screen.getByLabelText("App icon")).toHaveAttribute("accept", "image/png,image/jpeg,image/svg+xml");
    expect(screen.getByLabelText("Allow public client (PKCE)")).toHaveAttribute("type", "checkbox");
    // N74: an app is private to its own portal unless its owners say otherwise.
    expect(screen.getByRole("checkbox", { name: "Available to other portals" })).not.toBeChecked();
    const scopes = group("Access scopes");
    for (const scope of SCOPE_NAMES) {
      expect(within(scopes).getByRole("checkbox", { name: scope })).not.toBeChecked();
    }
    expect(within(scopes).getAllByRole("checkbox")).toHaveLength(SCOPE_NAMES.length);
    // RS256 unless the app asks otherwise (docs/api.md#id-tokens).
    expect(screen.getByRole("combobox", { name: "ID token signing algorithm" })).toHaveValue("RS256");
    expect(screen.getByRole("button", { name: "Save" })).toHaveAttribute("type", "submit");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeInTheDocument();
  });

  it("checks Read with Write, and unchecks Write with Read", async () => {
    const { user } = renderForm();
    const read = screen.getByRole("checkbox", { name: "files:read" });
    const write = screen.getByRole("checkbox", { name: "files:write" });

    await user.click(write);
    expect(write).toBeChecked();
    expect(read).toBeChecked();

    await user.click(read);
    expect(read).not.toBeChecked();
    expect(write).not.toBeChecked();

    await user.click(read);
    expect(read).toBeChecked();
    expect(write).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "rooms:read" })).not.toBeChecked();
  });

  it("adds redirect URLs and origins with their own Add buttons, and removes them", async () => {
    const { user } = renderForm();

    await addEntry(user, "Redirect URLs", "https://app.example.com/cb");
    await user.type(screen.getByLabelText("Redirect URLs"), "http://127.0.0.1:8080/cb{Enter}");
    await addEntry(user, "Allowed origins", "https://app.example.com");

    const redirects = within(group("Redirect URLs")).getByRole("list");
    expect(
      within(redirects)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("code")?.textContent),
    ).toEqual(["https://app.example.com/cb", "http://127.0.0.1:8080/cb"]);
    expect(screen.getByLabelText("Redirect URLs")).toHaveValue("");
    expect(within(group("Allowed origins")).getByRole("listitem")).toHaveTextContent(
      "https://app.example.com",
    );

    await user.click(screen.getByRole("button", { name: "Remove https://app.example.com/cb" }));
    expect(within(redirects).getAllByRole("listitem")).toHaveLength(1);
    expect(
      screen.queryByRole("button", { name: "Remove https://app.example.com/cb" }),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText("Redirect URLs")).toHaveFocus();
  });

  it("refuses a redirect URL over plain http with the schema's message next to the field", async () => {
    const { user } = renderForm();
    const input = await addEntry(user, "Redirect URLs", "http://example.com/cb");

    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(describedText(input)).toContain(
      "Redirect URL must use https (http only for localhost or 127.0.0.1)",
    );
    expect(within(group("Redirect URLs")).queryByRole("list")).not.toBeInTheDocument();
    expect(input).toHaveValue("http://example.com/cb");
  });

  it("refuses an origin with a path", async () => {
    const { user } = renderForm();
    const input = await addEntry(user, "Allowed origins", "https://app.example.com/");

    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(describedText(input)).toContain("Allowed origin must be scheme://host[:port]");
  });

  it("shows each problem next to its field on Save, focuses the first, and sends nothing", async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("App name"), "ab");
    await user.type(screen.getByLabelText("Redirect URLs"), "http://example.com/cb");

    await user.click(screen.getByRole("button", { name: "Save" }));

    const name = screen.getByLabelText("App name");
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(describedText(name)).toContain("App name must be 3–256 characters");
    expect(describedText(screen.getByLabelText("Website URL"))).toContain(
      "Website URL must be an absolute http(s) URL",
    );
    expect(describedText(screen.getByLabelText("App icon"))).toContain("Choose an app icon");
    expect(describedText(screen.getByLabelText("Redirect URLs"))).toContain("Redirect URL must use https");
    expect(describedText(screen.getByLabelText("Allowed origins"))).toContain(
      "Add at least one allowed origin",
    );
    const openid = screen.getByRole("checkbox", { name: "openid" });
    expect(openid).toHaveAttribute("aria-invalid", "true");
    expect(describedText(openid)).toContain("Choose at least one access scope");
    expect(describedText(screen.getByLabelText("Privacy policy URL"))).toContain(
      "Privacy policy URL must be",
    );
    expect(describedText(screen.getByLabelText("Terms of Service URL"))).toContain(
      "Terms of Service URL must be",
    );
    expect(createClient).not.toHaveBeenCalled();
  });

  it("registers the app with the parsed settings, the icon as a data: URL and Write's Read added", async () => {
    const created = { client: { ...demoNotesClient, name: "Team Notes" }, client_secret: "s3cret" };
    vi.mocked(createClient).mockResolvedValue(created);
    const { user, onSaved } = renderForm();

    await fillValidForm(user);
    expect(await screen.findByRole("img", { name: "App icon preview" })).toHaveAttribute("src", PNG_DATA_URL);
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(createClient).toHaveBeenCalledExactlyOnceWith({
      name: "Team Notes",
      website_url: "https://team.example.com",
      logo: PNG_DATA_URL,
      description: "Notes for the team",
      allow_pkce: false,
      redirect_uris: ["http://localhost:5175/callback"],
      allowed_origins: ["http://localhost:5175"],
      scopes: ["files:read", "files:write", "openid"],
      id_token_signed_response_alg: "RS256",
      allow_other_portals: false,
      policy_url: "https://team.example.com/privacy",
      terms_url: "https://team.example.com/terms",
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledExactlyOnceWith(created));
  });

  it("registers an app with ES256 ID tokens and the OpenID profile and email scopes when chosen", async () => {
    vi.mocked(createClient).mockResolvedValue({ client: demoNotesClient });
    const { user } = renderForm();
    await fillValidForm(user);
    const algorithm = screen.getByRole("combobox", { name: "ID token signing algorithm" });
    expect(
      within(algorithm)
        .getAllByRole("option")
        .map((option) => option.getAttribute("value")),
    ).toEqual(["RS256", "ES256"]);

    await user.selectOptions(algorithm, "ES256");
    await user.click(screen.getByRole("checkbox", { name: "profile" }));
    await user.click(screen.getByRole("checkbox", { name: "email" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    const body = vi.mocked(createClient).mock.calls[0]?.[0];
    expect(body?.id_token_signed_response_alg).toBe("ES256");
    expect(body?.scopes).toEqual(["files:read", "files:write", "openid", "profile", "email"]);
  });

  it("shows an app's ID token algorithm when editing, and saves a change of it", async () => {
    vi.mocked(updateClient).mockResolvedValue(demoNotesClient);
    const { user } = renderForm({ client: { ...demoNotesClient, id_token_signed_response_alg: "ES256" } });
    const algorithm = screen.getByRole("combobox", { name: "ID token signing algorithm" });
    expect(algorithm).toHaveValue("ES256");

    await user.selectOptions(algorithm, "RS256");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(vi.mocked(updateClient).mock.calls[0]?.[1]).toMatchObject({
      id_token_signed_response_alg: "RS256",
    });
  });

  it("N74 registers an app available to other portals only when the box is checked", async () => {
    vi.mocked(createClient).mockResolvedValue({ client: demoNotesClient });
    const { user } = renderForm();
    await fillValidForm(user);

    await user.click(screen.getByRole("checkbox", { name: "Available to other portals" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(vi.mocked(createClient).mock.calls[0]?.[0].allow_other_portals).toBe(true);
  });

  it("N74 shows an app's availability when editing, and makes it private again", async () => {
    vi.mocked(updateClient).mockResolvedValue({ ...demoNotesClient, allow_other_portals: false });
    const { user } = renderForm({ client: demoNotesClient });
    const available = screen.getByRole("checkbox", { name: "Available to other portals" });
    expect(available).toBeChecked();

    await user.click(available);
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(vi.mocked(updateClient).mock.calls[0]?.[1]).toMatchObject({ allow_other_portals: false });
  });

  it("takes a typed redirect URL whose Add was not pressed", async () => {
    vi.mocked(createClient).mockResolvedValue({ client: demoNotesClient });
    const { user } = renderForm();
    await fillValidForm(user);
    await user.type(screen.getByLabelText("Redirect URLs"), "https://team.example.com/cb");

    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(vi.mocked(createClient).mock.calls[0]?.[0].redirect_uris).toEqual([
      "http://localhost:5175/callback",
      "https://team.example.com/cb",
    ]);
  });

  it("shows the server's verdict on the icon's content next to App icon", async () => {
    vi.mocked(createClient).mockRejectedValue(
      new ApiError(400, "invalid_request", "logo: App icon must be exactly 32×32 pixels"),
    );
    const { user, onSaved } = renderForm();
    await fillValidForm(user);

    await user.click(screen.getByRole("button", { name: "Save" }));

    const icon = screen.getByLabelText("App icon");
    await waitFor(() => expect(icon).toHaveAttribute("aria-invalid", "true"));
    expect(describedText(icon)).toContain("App icon must be exactly 32×32 pixels");
    expect(icon).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("maps an indexed field of the server to its list", async () => {
    vi.mocked(createClient).mockRejectedValue(
      new ApiError(400, "invalid_request", "redirect_uris.0: Redirect URL must not have a fragment"),
    );
    const { user } = renderForm();
    await fillValidForm(user);

    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(describedText(screen.getByLabelText("Redirect URLs"))).toContain("must not have a fragment"),
    );
  });

  it("shows any other failure as an alert", async () => {
    vi.mocked(createClient).mockRejectedValue(new ApiError(500, "server_error", "the store is down"));
    const { user } = renderForm();
    await fillValidForm(user);

    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("The app could not be saved. Try again.");
    expect(screen.queryByText(/the store is down/)).not.toBeInTheDocument();
  });

  it("refuses a file that is not a JPG, PNG or SVG before reading it", async () => {
    const { user } = renderForm();
    const icon = screen.getByLabelText("App icon");

    await userEvent
      .setup({ applyAccept: false })
      .upload(icon, new File(["GIF89a"], "icon.gif", { type: "image/gif" }));

    expect(icon).toHaveAttribute("aria-invalid", "true");
    expect(describedText(icon)).toContain("App icon must be a JPG, PNG or SVG image");
    expect(screen.queryByRole("img", { name: "App icon preview" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(createClient).not.toHaveBeenCalled();
  });

  it("edits an app with its settings filled in, keeping the icon when no new one is chosen", async () => {
    vi.mocked(updateClient).mockResolvedValue({ ...demoNotesClient, name: "Demo Notes 2" });
    const { user, onSaved } = renderForm({ client: demoNotesClient });

    expect(screen.getByLabelText("App name")).toHaveValue("Demo Notes");
    expect(screen.getByRole("img", { name: "App icon preview" })).toHaveAttribute(
      "src",
      demoNotesClient.logo_uri,
    );
    expect(screen.getByRole("checkbox", { name: "files:write" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "rooms:write" })).not.toBeChecked();
    expect(within(group("Redirect URLs")).getAllByRole("listitem")).toHaveLength(2);

    await retype(user, screen.getByLabelText("App name"), "Demo Notes 2");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(updateClient).toHaveBeenCalledOnce();
    const [clientId, body] = vi.mocked(updateClient).mock.calls[0] ?? [];
    expect(clientId).toBe(demoNotesClient.client_id);
    expect(body).toMatchObject({ name: "Demo Notes 2", scopes: demoNotesClient.scopes });
    expect(body).not.toHaveProperty("logo");
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
  });

  it("cancels", async () => {
    const { user, onCancel } = renderForm();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
