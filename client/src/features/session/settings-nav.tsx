import { NavLink } from "react-router-dom";
import { paths } from "../../paths.ts";

/** Between the settings pages; NavLink marks the current one with aria-current="page". */
export function SettingsNav() {
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
      </ul>
    </nav>
  );
}
