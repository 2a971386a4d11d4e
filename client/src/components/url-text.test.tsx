import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { UrlText, urlPieces } from "./url-text.tsx";

describe("UrlText", () => {
  it("cuts a URL after the host's dots and before each path step, never inside host:port", () => {
    expect(urlPieces("http://localhost:5175/callback")).toEqual(["http://localhost:5175", "/callback"]);
    expect(urlPieces("https://team.example.com:8443/oauth/cb?x=1&y=2")).toEqual([
      "https://team.",
      "example.",
      "com:8443",
      "/oauth",
      "/cb",
      "?x=1",
      "&y=2",
    ]);
    expect(urlPieces("https://notes.example.com")).toEqual(["https://notes.", "example.", "com"]);
  });

  it("renders the whole URL as its text, with a <wbr> at each seam only", () => {
    const { container } = render(
      <code>
        <UrlText url="http://localhost:5175/callback" />
      </code>,
    );
    expect(container.textContent).toBe("http://localhost:5175/callback");
    expect(container.querySelector("code")?.innerHTML).toBe("http://localhost:5175<wbr>/callback");
  });
});
