import { clientSettingsSchema, LOGO_MESSAGES, originSchema, redirectUriSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { intlFor } from "../../../hooks/use-intl.ts";
import {
  entryIssueMessage,
  type FieldMessage,
  issueMessage,
  messageText,
  serverMessage,
} from "./field-message.ts";

function say(locale: "en" | "de", message: FieldMessage): string {
  const intl = intlFor(locale);
  return messageText((key, values) => intl.formatMessage({ id: key }, values), message);
}

const LONG_URL = `https://app.example.com/${"a".repeat(2100)}`;

/** Settings that break every rule the form can break (none of zod's type errors: the form always sends strings). */
const BROKEN = [
  {
    name: "ab",
    website_url: "ftp://app.example.com",
    logo: "",
    description: "d".repeat(256),
    redirect_uris: [],
    allowed_origins: ["https://a.example.com", "https://a.example.com"],
    scopes: [],
    policy_url: LONG_URL,
    terms_url: "not a url",
  },
  {
    name: "n".repeat(257),
    website_url: LONG_URL,
    logo: "data:image/gif;base64,R0lGOD",
    redirect_uris: Array.from({ length: 13 }, (_, index) => `https://app.example.com/${index}`),
    allowed_origins: [],
    scopes: ["openid"],
    policy_url: "mailto:privacy@example.com",
    terms_url: LONG_URL,
  },
  {
    name: "Team Notes",
    website_url: "https://app.example.com",
    logo: `data:image/png;base64,${"A".repeat(400_000)}`,
    redirect_uris: ["https://app.example.com/cb", "https://app.example.com/cb"],
    allowed_origins: Array.from({ length: 13 }, (_, port) => `http://localhost:${5000 + port}`),
    scopes: ["openid"],
    policy_url: "https://app.example.com/privacy",
    terms_url: "https://app.example.com/terms",
  },
];

const BAD_REDIRECTS = [
  "",
  "app.example.com/cb",
  "https://app.example.com/cb#top",
  "https://user:pw@app.example.com/cb",
  "http://app.example.com/cb",
  LONG_URL,
];

describe("the settings schema's refusals in the page's language (docs/pages.md#languages)", () => {
  it("says every refusal of the settings schema in English exactly as the schema words it", () => {
    const issues = BROKEN.flatMap((settings) => clientSettingsSchema.safeParse(settings).error?.issues ?? []);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(
      new Set(["too_small", "too_big", "custom", "invalid_format"]),
    );
    for (const issue of issues) {
      expect({ path: issue.path, said: say("en", issueMessage(issue)) }).toEqual({
        path: issue.path,
        said: issue.message,
      });
    }
  });

  it("says every refusal of a typed redirect URL or origin as the schema words it", () => {
    for (const typed of BAD_REDIRECTS) {
      for (const issue of redirectUriSchema.safeParse(typed).error?.issues ?? []) {
        expect(say("en", entryIssueMessage("redirect_uris", issue))).toBe(issue.message);
      }
    }
    for (const typed of ["", "https://app.example.com/"]) {
      for (const issue of originSchema.safeParse(typed).error?.issues ?? []) {
        expect(say("en", entryIssueMessage("allowed_origins", issue))).toBe(issue.message);
      }
    }
  });

  it("never shows zod's own English: an issue the catalogue does not know asks to check the field", () => {
    const [typeIssue] = clientSettingsSchema.safeParse({}).error?.issues ?? [];
    expect(typeIssue?.code).toBe("invalid_type");
    expect(typeIssue && say("en", issueMessage(typeIssue))).toBe("Check this field");
    expect(say("de", entryIssueMessage("redirect_uris", undefined))).toBe(
      "Überprüfen Sie diese Weiterleitungs-URL",
    );
  });

  it("says a list's limit with its number, in German too", () => {
    const issue = clientSettingsSchema
      .safeParse(BROKEN[1])
      .error?.issues.find((found) => found.path.join(".") === "redirect_uris");
    expect(issue && say("de", issueMessage(issue))).toBe("Fügen Sie höchstens 12 Weiterleitungs-URLs hinzu");
  });

  it("takes the server's English refusals it knows into the catalogue, and keeps the others' words", () => {
    expect(serverMessage(LOGO_MESSAGES.tooLarge)).toEqual({ key: "apps.error.logoTooLarge" });
    expect(serverMessage("Redirect URL must not have a fragment")).toEqual({
      key: "apps.error.redirectFragment",
    });
    const size = serverMessage("App icon must be exactly 32×32 pixels (this one is 64×48)");
    expect(say("en", size)).toBe("App icon must be exactly 32×32 pixels (this one is 64×48)");
    expect(say("de", size)).toBe("Das App-Symbol muss genau 32×32 Pixel groß sein (dieses ist 64×48)");
    expect(serverMessage("App icon SVG must not contain processing instructions")).toEqual({
      text: "App icon SVG must not contain processing instructions",
    });
  });
});
