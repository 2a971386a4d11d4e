import { en } from "@gatehouse/shared";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoutes } from "../test-routes.tsx";
import { ErrorPage } from "./error.tsx";

function renderAt(url: string) {
  return renderRoutes(url, { "/error": <ErrorPage /> }).container;
}

/** Where the page's links lead: only Gatehouse's home, never an address from the query string. */
function linkTargets(): (string | null)[] {
  return screen.queryAllByRole("link").map((link) => link.getAttribute("href"));
}

describe("ErrorPage", () => {
  it("names the error code from the query string", () => {
    renderAt("/error?error=invalid_client");
    expect(screen.getByRole("heading", { level: 1, name: "Error" })).toBeInTheDocument();
    expect(screen.getByText("invalid_client")).toBeInTheDocument();
    expect(screen.getByText(en["error.invalid_client"])).toBeInTheDocument();
  });

  it("N70 shows the catalogue's sentence for the code, never the error_description from the address", () => {
    renderAt("/error?error=invalid_redirect_uri&error_description=redirect_uri%20is%20not%20registered");
    expect(screen.getByText("invalid_redirect_uri")).toBeInTheDocument();
    expect(screen.getByText(en["error.invalid_redirect_uri"])).toBeInTheDocument();
    expect(screen.queryByText(/not registered/)).not.toBeInTheDocument();
  });

  it("offers a way on to Gatehouse's home, and no link back to the unverified redirect_uri", () => {
    renderAt(
      "/error?error=invalid_redirect_uri&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&state=s&error_description=x",
    );
    expect(screen.getByRole("link", { name: "Go to the Gatehouse home page" })).toHaveAttribute("href", "/");
    expect(linkTargets()).toEqual(["/"]);
    expect(screen.queryByText(/evil\.example/)).not.toBeInTheDocument();
  });

  it("N70 shows neither the markup nor a link from the error_description, not even as text", () => {
    const markup = '<a href="https://evil.example">Continue</a>';
    const container = renderAt(`/error?error=invalid_client&error_description=${encodeURIComponent(markup)}`);
    expect(linkTargets()).toEqual(["/"]);
    expect(container.textContent).not.toMatch(/evil\.example|Continue/);
  });

  it.each([
    "invalid_client",
    "invalid_redirect_uri",
    "invalid_request",
    "access_denied",
    "server_error",
    "expired",
  ] as const)("says the catalogue's own sentence for %s, once, in a whole sentence", (code) => {
    const container = renderAt(`/error?error=${code}`);
    const sentence = en[`error.${code}`];
    expect(sentence).toMatch(/^[A-Z].*\.$/);
    expect(container.textContent?.split(sentence)).toHaveLength(2);
  });

  it("N70 gives an unknown but well-formed code the generic sentence", () => {
    renderAt("/error?error=use_dpop_nonce&error_description=Call%20us");
    expect(screen.getByText("use_dpop_nonce")).toBeInTheDocument();
    expect(screen.getByText(en["error.unknown"])).toBeInTheDocument();
    expect(screen.queryByText(/Call us/)).not.toBeInTheDocument();
  });

  it.each([
    ["markup", '<img src=x onerror="alert(1)">Your account is locked'],
    ["a sentence", "Your account is locked. Call +1 555 0100"],
    ["look-alike unicode", "invalid_clіent"],
    ["an over-long token", "x".repeat(5000)],
  ])("N70 shows no code at all for %s, only the generic sentence", (_, error) => {
    const container = renderAt(`/error?error=${encodeURIComponent(error)}`);
    expect(screen.getByRole("heading", { level: 1, name: "Error" })).toBeInTheDocument();
    expect(screen.getByText(en["error.unknown"])).toBeInTheDocument();
    expect(screen.queryByText("Error code")).not.toBeInTheDocument();
    expect(container.textContent).not.toContain(error);
    expect(container.querySelector("img")).toBeNull();
  });

  it("N70 shows only catalogue text when the address names no error", () => {
    const container = renderAt("/error");
    expect(container.textContent).toBe(
      `Error${en["error.unknown"]}${en["error.advice"]}Go to the Gatehouse home page`,
    );
  });
});
