import { render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { ErrorPage } from "./error.tsx";

function renderAt(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/error" element={<ErrorPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("ErrorPage", () => {
  it("names the error code from the query string", () => {
    renderAt("/error?error=invalid_client");
    expect(screen.getByRole("heading", { level: 1, name: "Error" })).toBeInTheDocument();
    expect(screen.getByText("invalid_client")).toBeInTheDocument();
  });

  it("shows the error description when there is one", () => {
    renderAt("/error?error=invalid_redirect_uri&error_description=redirect_uri%20is%20not%20registered");
    expect(screen.getByText("invalid_redirect_uri")).toBeInTheDocument();
    expect(screen.getByText("redirect_uri is not registered")).toBeInTheDocument();
  });

  it("offers no link back to the unverified redirect_uri", () => {
    renderAt(
      "/error?error=invalid_redirect_uri&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&state=s&error_description=x",
    );
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    expect(screen.queryByText(/evil\.example/)).not.toBeInTheDocument();
  });

  it("renders the description as text, never as HTML", () => {
    const markup = '<a href="https://evil.example">Continue</a>';
    renderAt(`/error?error=invalid_client&error_description=${encodeURIComponent(markup)}`);
    expect(screen.getByText(markup)).toBeInTheDocument();
    expect(screen.queryAllByRole("link")).toHaveLength(0);
  });
});
