import { NavLink } from "react-router-dom";
import { paths } from "../../paths.ts";
import { useSessionStore } from "../../stores/session.ts";

/**
 * Between the settings pages; NavLink marks the current one with aria-current="page". Only owners
 * and admins of the current portal see a link to its audit log (docs/pages.md).
 */
export function SettingsNav() {
  const role = useSessionStore((state) => state.user?.role);
  return (
    <nav className="settings-nav" aria-label="Settings">
      <ul className="settings-nav-list">
        <li>
          <NavLink className="settings-nav-link" to={paths.developerTools}>
            Developer tools
          </NavLink>
        </li>
        <li>
          <NavLink className="settings-nav-link" to={paths.connectedApps}>
            Connected apps
          </NavLink>
        </li>
        {role === "owner" || role === "admin" ? (
          <li>
            <NavLink className="settings-nav-link" to={paths.audit}>
              Audit log
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
