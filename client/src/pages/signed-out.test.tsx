import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { SignedOutPage } from "./signed-out.tsx";

describe("SignedOutPage", () => {
  it("tells the person their session has ended, with no link to any app", () => {
    render(
      <MemoryRouter>
        <SignedOutPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "You are signed out" })).toBeInTheDocument();
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["/account"]);
  });

  it('offers "Sign in again", to the account page of Gatehouse', () => {
    render(
      <MemoryRouter>
        <SignedOutPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole("link", { name: "Sign in again" })).toHaveAttribute("href", "/account");
  });
});
