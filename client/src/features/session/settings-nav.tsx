import { NavLink } from "react-router-dom";
import { useT } from "../../hooks/use-intl.ts";
import { paths } from "../../paths.ts";
import { useSessionStore } from "../../stores/session.ts";

/**
 * Between the settings pages; NavLink marks the current one with aria-current="page". People, Developer
 * tools and the audit log are offered only to the current portal's owners and admins (docs/pages.md#settings);
 * the API checks again.
 */
export function SettingsNav() {
  const t = useT();
  const role = useSessionStore((state) => state.user?.role ?? null);
  const manages = role === "owner" || role === "admin";
  const links = [
    ...(manages
      ? [
          { to: paths.people, label: t("people.title") },
          { to: paths.developerTools, label: t("signIn.nav.developerTools") },
        ]
      : []),
    { to: paths.connectedApps, label: t("consent.apps.heading") },
    ...(manages ? [{ to: paths.audit, label: t("audit.heading") }] : []),
    { to: paths.account, label: t("account.heading") },
  ];
  return (
    <nav className="settings-nav" aria-label={t("signIn.nav.label")}>
      <ul className="settings-nav-list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="settings-nav-link" to={link.to}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
