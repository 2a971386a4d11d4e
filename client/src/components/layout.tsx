import type { ReactNode } from "react";
import { Outlet } from "react-router-dom";
import { Wordmark } from "./wordmark.tsx";

/** The frame of every page: the wordmark, one centred card holding the page, a quiet footer. */
export function Layout({ children }: { children?: ReactNode }) {
  return (
    <div className="shell">
      <header className="shell-header">
        <Wordmark />
      </header>
      <main className="card">{children ?? <Outlet />}</main>
      <footer className="shell-footer">
        <p>Gatehouse never shares your password with the apps you sign in to.</p>
      </footer>
    </div>
  );
}
