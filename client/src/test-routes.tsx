import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { expect } from "vitest";
import { signIn } from "./api/session.ts";
import { LocationProbe } from "./test-location.tsx";

/**
 * Renders `page` in a memory router opened at `url`, with the `LocationProbe` when the test watches a token leave
 * the address; the user that drives the page.
 */
export function renderAt(url: string, page: ReactElement, { probe = false } = {}) {
  render(
    <MemoryRouter initialEntries={[url]}>
      {page}
      {probe ? <LocationProbe /> : null}
    </MemoryRouter>,
  );
  return userEvent.setup();
}

/** Renders `routes` (path → element) in a memory router opened at `url`; the user that drives the page. */
export function renderRoutes(url: string, routes: Record<string, ReactElement>) {
  const { container } = render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        {Object.entries(routes).map(([path, element]) => (
          <Route key={path} path={path} element={element} />
        ))}
      </Routes>
    </MemoryRouter>,
  );
  return { user: userEvent.setup(), container };
}

/** The button named `button` in the row (list item) named `row`, once the list has loaded. */
export async function buttonInRow(row: string, button: string): Promise<HTMLElement> {
  return within(await screen.findByRole("listitem", { name: row })).getByRole("button", { name: button });
}

/** A 403 on a list only owners and admins manage: the page says so, and its main button is gone. */
export async function expectOnlyAdmins(message: string, button: string) {
  expect(await screen.findByRole("alert")).toHaveTextContent(message);
  expect(screen.queryByRole("button", { name: button })).not.toBeInTheDocument();
}

/** Empties `field` and types `text` into it, as someone correcting what they typed. */
export async function retype(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
}

/** The page's heading (level 1) named `name`. */
export function pageHeading(name: string | RegExp): HTMLElement {
  return screen.getByRole("heading", { level: 1, name });
}

/** The page's heading (level 1) named `name`, once it has appeared. */
export function findPageHeading(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole("heading", { level: 1, name });
}
/**
 * "Use another account" as a person does it: the sign-in shows with its heading, the email empty and the
 * keyboard in it, and carol signs in; the caller checks what follows.
 */
export async function addCarol(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Use another account" }));
  await findPageHeading("Sign in");
  await waitFor(() => expect(screen.getByLabelText("Email")).toHaveFocus());
  expect(screen.getByLabelText("Email")).toHaveValue("");
  await user.type(screen.getByLabelText("Email"), "carol@example.com");
  await user.type(screen.getByLabelText("Password"), "Carol-Pa55!");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  expect(signIn).toHaveBeenCalledExactlyOnceWith({ email: "carol@example.com", password: "Carol-Pa55!" });
}
