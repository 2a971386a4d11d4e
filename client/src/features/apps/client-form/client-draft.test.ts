import { describe, expect, it } from "vitest";
import { intlFor } from "../../../hooks/use-intl.ts";
import { demoNotesClient } from "../../../test-support.ts";
import {
  type ClientDraft,
  checkDraft,
  type DraftAction,
  draftReducer,
  initialDraft,
} from "./client-draft.ts";
import { type FieldMessage, messageText } from "./field-message.ts";

const PNG_DATA_URL = "data:image/png;base64,iVBORw0KGgo=";

/** A field's message as an English page says it. */
function english(message: FieldMessage | undefined): string | undefined {
  const intl = intlFor("en");
  return message && messageText((key, values) => intl.formatMessage({ id: key }, values), message);
}

function apply(draft: ClientDraft, ...actions: DraftAction[]): ClientDraft {
  return actions.reduce(draftReducer, draft);
}

function validDraft(): ClientDraft {
  return apply(
    initialDraft(),
    { type: "typed", field: "name", value: "Team Notes" },
    { type: "typed", field: "website_url", value: "https://team.example.com" },
    { type: "logo-chosen", logo: PNG_DATA_URL },
    { type: "entry-typed", field: "redirect_uris", value: "http://localhost:5175/callback" },
    { type: "entry-added", field: "redirect_uris" },
    { type: "entry-typed", field: "allowed_origins", value: "http://localhost:5175" },
    { type: "entry-added", field: "allowed_origins" },
    { type: "scope-toggled", name: "openid", checked: true },
    { type: "typed", field: "policy_url", value: "https://team.example.com/privacy" },
    { type: "typed", field: "terms_url", value: "https://team.example.com/terms" },
  );
}

describe("the client draft", () => {
  it("starts empty for a new app, and from the app's settings when editing", () => {
    expect(initialDraft()).toMatchObject({
      name: "",
      redirect_uris: [],
      logo: null,
      allow_other_portals: false,
      errors: {},
      problem: null,
    });
    const editing = initialDraft(demoNotesClient);
    expect(editing.name).toBe("Demo Notes");
    expect(editing.allow_other_portals).toBe(true);
    expect(editing.redirect_uris).toEqual(demoNotesClient.redirect_uris);
    expect([...editing.scopes]).toEqual(demoNotesClient.scopes);
    expect(editing.logo).toBeNull();
  });

  it("adds a typed entry to its list, empties the box and forgets the list's message", () => {
    const draft = apply(
      initialDraft(),
      { type: "entry-typed", field: "redirect_uris", value: "http://example.com/cb" },
      { type: "entry-added", field: "redirect_uris" },
      { type: "entry-typed", field: "redirect_uris", value: "https://app.example.com/cb" },
      { type: "entry-added", field: "redirect_uris" },
    );
    expect(draft.redirect_uris).toEqual(["https://app.example.com/cb"]);
    expect(draft.entries.redirect_uris).toBe("");
    expect(draft.errors.redirect_uris).toBeUndefined();
  });

  it("refuses an entry the schema refuses, a repeated one, and a thirteenth", () => {
    const refused = apply(
      initialDraft(),
      { type: "entry-typed", field: "allowed_origins", value: "https://app.example.com/" },
      { type: "entry-added", field: "allowed_origins" },
    );
    expect(english(refused.errors.allowed_origins)).toContain("Allowed origin must be scheme://host[:port]");
    expect(refused.entries.allowed_origins).toBe("https://app.example.com/");

    const twice = apply(
      initialDraft(demoNotesClient),
      { type: "entry-typed", field: "allowed_origins", value: "http://localhost:5175" },
      { type: "entry-added", field: "allowed_origins" },
    );
    expect(english(twice.errors.allowed_origins)).toBe("This allowed origin is already added");

    const full = apply(
      initialDraft(),
      ...Array.from({ length: 13 }, (_, port): DraftAction[] => [
        { type: "entry-typed", field: "allowed_origins", value: `http://localhost:${5000 + port}` },
        { type: "entry-added", field: "allowed_origins" },
      ]).flat(),
    );
    expect(full.allowed_origins).toHaveLength(12);
    expect(english(full.errors.allowed_origins)).toBe("Add at most 12 allowed origins");
  });

  it("removes an entry", () => {
    const draft = apply(initialDraft(demoNotesClient), {
      type: "entry-removed",
      field: "redirect_uris",
      entry: "http://localhost:5175/callback",
    });
    expect(draft.redirect_uris).toEqual(["http://127.0.0.1:5175/callback"]);
  });

  it("forgets a field's message once that field is changed, and keeps the others'", () => {
    const checked = apply(initialDraft(), { type: "checked", check: checkDraft(initialDraft()) });
    expect(checked.errors.name).toBeDefined();
    expect(checked.errors.website_url).toBeDefined();
    expect(checked.errors.scopes).toBeDefined();
    const fixed = apply(
      checked,
      { type: "typed", field: "name", value: "Team Notes" },
      { type: "scope-toggled", name: "openid", checked: true },
    );
    expect(fixed.errors.name).toBeUndefined();
    expect(fixed.errors.scopes).toBeUndefined();
    expect(fixed.errors.website_url).toBe(checked.errors.website_url);
  });

  it("checks Read with Write through the shared rule", () => {
    const draft = apply(initialDraft(), { type: "scope-toggled", name: "files:write", checked: true });
    expect([...draft.scopes].sort()).toEqual(["files:read", "files:write"]);
  });

  it("drops a refused icon with its message, and keeps a chosen one", () => {
    const refused = apply(
      initialDraft(),
      { type: "logo-chosen", logo: PNG_DATA_URL },
      { type: "logo-refused", message: { key: "apps.error.logoNotAnImage" } },
    );
    expect(refused.logo).toBeNull();
    expect(english(refused.errors.logo)).toBe("App icon must be a JPG, PNG or SVG image");
    const chosen = apply(
      refused,
      { type: "error-cleared", field: "logo" },
      { type: "logo-chosen", logo: PNG_DATA_URL },
    );
    expect(chosen.logo).toBe(PNG_DATA_URL);
    expect(chosen.errors).toEqual({});
  });

  it("answers a create request with the parsed settings, Write's Read and the typed entry folded in", () => {
    const draft = apply(
      validDraft(),
      { type: "scope-toggled", name: "files:write", checked: true },
      { type: "entry-typed", field: "redirect_uris", value: "https://team.example.com/cb" },
    );
    const check = checkDraft(draft);
    expect(check.errors).toEqual({});
    expect(check.lists.redirect_uris).toEqual([
      "http://localhost:5175/callback",
      "https://team.example.com/cb",
    ]);
    expect(check.lists.entries.redirect_uris).toBe("");
    expect(check.request).toEqual({
      kind: "create",
      body: expect.objectContaining({ logo: PNG_DATA_URL, scopes: ["files:read", "files:write", "openid"] }),
    });
  });

  it("sets a checkbox's flag, and sends it with the settings", () => {
    const draft = apply(validDraft(), { type: "flag-set", field: "allow_other_portals", value: true });
    expect(draft.allow_other_portals).toBe(true);
    expect(draft.allow_pkce).toBe(false);
    expect(checkDraft(draft).request).toEqual({
      kind: "create",
      body: expect.objectContaining({ allow_other_portals: true, allow_pkce: false }),
    });
  });

  it("answers every problem by field, and no request", () => {
    const draft = apply(
      initialDraft(),
      { type: "typed", field: "name", value: "ab" },
      { type: "entry-typed", field: "redirect_uris", value: "http://example.com/cb" },
    );
    const check = checkDraft(draft);
    expect(check.request).toBeNull();
    expect(Object.keys(check.errors)).toEqual(
      expect.arrayContaining(["name", "website_url", "logo", "redirect_uris", "allowed_origins", "scopes"]),
    );
    expect(english(check.errors.redirect_uris)).toContain("Redirect URL must use https");
    expect(check.lists.entries.redirect_uris).toBe("http://example.com/cb");

    const shown = draftReducer(draft, { type: "checked", check });
    expect(shown.errors).toEqual(check.errors);
  });

  it("answers an update that keeps the current icon unless a new one was chosen", () => {
    const kept = checkDraft(initialDraft(demoNotesClient), demoNotesClient);
    expect(kept.request).toMatchObject({ kind: "update", clientId: demoNotesClient.client_id });
    expect(kept.request?.body).not.toHaveProperty("logo");

    const changed = apply(initialDraft(demoNotesClient), { type: "logo-chosen", logo: PNG_DATA_URL });
    expect(checkDraft(changed, demoNotesClient).request?.body).toHaveProperty("logo", PNG_DATA_URL);
  });
});
