import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getAccount, listSessions } from "../api/account.ts";
import { listPasskeys } from "../api/passkeys.ts";
import { getSecondFactors } from "../api/second-factors.ts";
import { useLocaleStore } from "../stores/locale.ts";
import { useSessionStore } from "../stores/session.ts";
import { renderAt } from "../test-routes.tsx";
import { alice, alicePortals, expectPageSections } from "../test-support.ts";
import { AccountPage } from "./account.tsx";

vi.mock("../api/account.ts");
vi.mock("../api/passkeys.ts");
vi.mock("../api/second-factors.ts");

const account = { user_id: "u-alice", email: "alice@example.com", display_name: "Alice" };

/** The account page in `locale`, with an authenticator app on since 1 December 2026 and `codes` recovery codes. */
async function renderIn(locale: "ar" | "de", codes: number) {
  useLocaleStore.getState().choose(locale);
  vi.mocked(getSecondFactors).mockResolvedValue({
    totp: { created_at: "2026-12-01T10:00:00.000Z" },
    recovery_codes_remaining: codes,
  });
  renderAt("/account", <AccountPage />);
  return screen.findAllByRole("region");
}

describe("AccountPage in other languages (docs/pages.md#languages)", () => {
  beforeEach(() => {
    useSessionStore.getState().signedIn({ user: alice, portals: alicePortals });
    vi.mocked(getAccount).mockResolvedValue(account);
    vi.mocked(listSessions).mockResolvedValue([]);
    vi.mocked(listPasskeys).mockResolvedValue([]);
  });
  afterEach(() => {
    useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
    window.localStorage.clear();
  });

  it("speaks German: headings, labels, a plural count and a date in German", async () => {
    await renderIn("de", 3);
    await expectPageSections("Ihr Konto", [
      "Profil",
      "Passwort",
      "Zwei-Faktor-Authentifizierung",
      "Passkeys",
      "Sitzungen",
    ]);
    expect(screen.getByLabelText("Aktuelles Passwort")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Passwort ändern" })).toBeInTheDocument();
    const twoFactor = screen.getByRole("region", { name: "Zwei-Faktor-Authentifizierung" });
    expect(await within(twoFactor).findByText("Noch 3 Wiederherstellungscodes")).toBeInTheDocument();
    // Intl's German medium date: "01.12.2026, 10:00" in UTC, whatever the zone, the year and month read so.
    expect(twoFactor).toHaveTextContent(/Authenticator-App: aktiv seit \d{2}\.12\.2026/);
  });

  it("speaks Arabic: headings, labels and Arabic's dual plural", async () => {
    await renderIn("ar", 2);
    expect(screen.getByRole("heading", { level: 1, name: "حسابك" })).toBeInTheDocument();
    await screen.findByRole("region", { name: "الملف الشخصي" });
    expect(screen.getByRole("heading", { level: 2, name: "الجلسات" })).toBeInTheDocument();
    expect(screen.getByLabelText("كلمة المرور الحالية")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "تغيير كلمة المرور" })).toBeInTheDocument();
    const twoFactor = screen.getByRole("region", { name: "المصادقة الثنائية" });
    expect(await within(twoFactor).findByText("تبقّى رمزا استرداد")).toBeInTheDocument();
  });
});
