import { useCallback } from "react";
import { getAccount, listSessions } from "../api/account.ts";
import { Loadable } from "../components/loadable.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PasskeysSection } from "../features/account/passkeys-section.tsx";
import { PasswordSection } from "../features/account/password-section.tsx";
import { ProfileSection } from "../features/account/profile-section.tsx";
import { SessionsSection } from "../features/account/sessions-section.tsx";
import { TwoFactorSection } from "../features/account/two-factor-section.tsx";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";

/**
 * `/account` (docs/pages.md#your-account): heading "Your account", sections "Profile", "Password",
 * "Two-factor authentication", "Passkeys" and "Sessions".
 */
export function AccountPage() {
  const t = useT();
  usePageTitle(t("account.heading"));
  const account = useRemote(getAccount);
  const sessions = useRemote(listSessions);
  const { update } = sessions;
  // Changing the password, or "Sign out all other sessions", leaves this browser alone on the list.
  const othersEnded = useCallback(() => update((list) => list.filter((entry) => entry.current)), [update]);

  return (
    <div className="stack page">
      <PageHeader title={t("account.heading")}>{t("account.intro")}</PageHeader>
      <Loadable remote={account} loading={t("account.loading")} failure={t("account.loadFailed")}>
        {({ value }) => (
          <>
            <ProfileSection account={value} />
            <PasswordSection email={value.email} onChanged={othersEnded} />
          </>
        )}
      </Loadable>
      <TwoFactorSection />
      <PasskeysSection />
      <SessionsSection
        sessions={sessions}
        onEnded={(id) => update((list) => list.filter((entry) => entry.id !== id))}
        onOthersEnded={othersEnded}
      />
    </div>
  );
}
