import { NavLink } from "react-router-dom";
import { paths } from "../../paths.ts";
import { useSessionStore } from "../../stores/session.ts";

/**
 * Between the settings pages; NavLink marks the current one with aria-current="page". People, Developer
 * tools and the audit log are offered only to the current portal's owners and admins (docs/pages.md#settings);
 * the API checks again.
 */
export function SettingsNav() {
  const role = useSessionStore((state) => state.user?.role ?? null);
  const manages = role === "owner" || role === "admin";
  const links = [
    ...(manages
      ? [
          { to: paths.people, label: "People" },
          { to: paths.developerTools, label: "Developer tools" },
        ]
      : []),
    { to: paths.connectedApps, label: "Connected apps" },
    ...(manages ? [{ to: paths.audit, label: "Audit log" }] : []),
    { to: paths.account, label: "Your account" },
  ];
  return (
    <nav className="settings-nav" aria-label="Settings">
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
