import { en, type Locale, messageOf } from "@gatehouse/shared";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { signIn } from "../api/session.ts";
import { PortalStep } from "../features/interaction/portal-step.tsx";
import { SignInStep } from "../features/interaction/sign-in-step.tsx";
import { useLocaleStore } from "../stores/locale.ts";
import { useSessionStore } from "../stores/session.ts";
import { alice, interactionAt } from "../test-support.ts";
import { SignedOutPage } from "./signed-out.tsx";

vi.mock("../api/session.ts");

/** The sign-in area's English sentences without placeholders: none may be left on a translated page. */
const ENGLISH = Object.entries(en)
  .filter(([key, text]) => key.startsWith("signIn.") && text.includes(" ") && !/[{<]/.test(text))
  .map(([, text]) => text);

function expectNoEnglish() {
  // The walk means something only when the area's sentences are there to look for.
  expect(ENGLISH.length).toBeGreaterThan(40);
  const text = document.body.textContent ?? "";
  expect(ENGLISH.filter((sentence) => text.includes(sentence))).toEqual([]);
}

function renderIn(locale: Locale, page: ReactElement) {
  useLocaleStore.getState().choose(locale);
  render(<MemoryRouter>{page}</MemoryRouter>);
  return userEvent.setup();
}

const signInStep = <SignInStep interaction={interactionAt("login")} onProgress={async () => {}} />;

describe("The sign-in journey in other languages (docs/pages.md#languages)", () => {
  beforeEach(() => useSessionStore.getState().signedOut());
  afterEach(() => {
    useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
    window.localStorage.clear();
  });

  it("speaks German: sign-in, its wrong-password alert, then the second factor", async () => {
    const user = renderIn("de", signInStep);
    expect(screen.getByRole("heading", { level: 1, name: "Anmelden" })).toBeInTheDocument();
    expect(screen.getByText("um mit Demo Notes fortzufahren")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Passwort vergessen?" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mit einem Passkey anmelden" })).toBeInTheDocument();

    vi.mocked(signIn).mockRejectedValueOnce(new ApiError(401, "invalid_credentials"));
    await user.type(screen.getByLabelText("E-Mail"), "alice@example.com");
    await user.type(screen.getByLabelText("Passwort"), "wrong");
    await user.click(screen.getByRole("button", { name: "Anmelden" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("E-Mail-Adresse oder Passwort ist falsch");
    expectNoEnglish();

    vi.mocked(signIn).mockResolvedValueOnce({ second_factor: ["totp", "recovery_code"] });
    await user.type(screen.getByLabelText("Passwort"), "Alice-Pa55!");
    await user.click(screen.getByRole("button", { name: "Anmelden" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Zwei-Faktor-Authentifizierung" }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Authentifizierungscode")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bestätigen" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Wiederherstellungscode verwenden" })).toBeInTheDocument();

    // A code that is not six digits is refused in German before anything is sent.
    await user.type(screen.getByLabelText("Authentifizierungscode"), "12");
    await user.click(screen.getByRole("button", { name: "Bestätigen" }));
    expect(screen.getByLabelText("Authentifizierungscode")).toHaveAccessibleDescription(
      /Geben Sie den 6-stelligen Code aus Ihrer App ein/,
    );
    expectNoEnglish();
  });

  it("speaks German on the portal chooser, the signed-in email a placeholder in its sentence", () => {
    renderIn(
      "de",
      <PortalStep
        interaction={interactionAt("portal", { user: { ...alice, portal: null } })}
        onProgress={async () => {}}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Portal wählen" })).toBeInTheDocument();
    expect(screen.getByText("alice@example.com").closest("p")).toHaveTextContent(
      "um als alice@example.com mit Demo Notes fortzufahren",
    );
    expect(screen.getByRole("button", { name: "Acme" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Anderes Konto verwenden" })).toBeInTheDocument();
    expectNoEnglish();
  });

  it("speaks Arabic: sign-in and its wrong-password alert, the fields marked invalid", async () => {
    const user = renderIn("ar", signInStep);
    expect(screen.getByRole("heading", { level: 1, name: "تسجيل الدخول" })).toBeInTheDocument();
    expect(screen.getByText("للمتابعة إلى Demo Notes")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "هل نسيت كلمة المرور؟" })).toBeInTheDocument();

    vi.mocked(signIn).mockRejectedValueOnce(new ApiError(401, "invalid_credentials"));
    await user.type(screen.getByLabelText("البريد الإلكتروني"), "alice@example.com");
    await user.type(screen.getByLabelText("كلمة المرور"), "wrong");
    await user.click(screen.getByRole("button", { name: "تسجيل الدخول" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(messageOf("ar", "signIn.incorrect"));
    expect(screen.getByLabelText("كلمة المرور")).toHaveAttribute("aria-invalid", "true");
    expectNoEnglish();
  });

  it("speaks Arabic on the signed-out page", () => {
    renderIn("ar", <SignedOutPage />);
    expect(screen.getByRole("heading", { level: 1, name: "لقد سجّلت الخروج" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "تسجيل الدخول مرة أخرى" })).toHaveAttribute("href", "/account");
    expect(document.title).toBe("تم تسجيل الخروج – Gatehouse");
    expectNoEnglish();
  });
});
