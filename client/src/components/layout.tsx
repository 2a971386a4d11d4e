import type { ReactNode } from "react";
import { Outlet } from "react-router-dom";
import { Wordmark } from "./wordmark.tsx";

interface LayoutProps {
  children?: ReactNode;
  /** Settings pages hold lists and long forms: they get a wider card than the sign-in journey. */
  wide?: boolean;
  /** Shown beside the wordmark: who is signed in, and the way out. */
  account?: ReactNode;
  /** Shown between the header and the card: the settings pages' navigation. */
  nav?: ReactNode;
}

/** The frame of every page: the wordmark, one centred card holding the page, a quiet footer. */
export function Layout({ children, wide = false, account, nav }: LayoutProps) {
  return (
    <div className={wide ? "shell shell-wide" : "shell"}>
      <header className="shell-header">
        <Wordmark />
        {account}
      </header>
      {nav}
      <main className="card">{children ?? <Outlet />}</main>
      <footer className="shell-footer">
        <p>Gatehouse never shares your password with the apps you sign in to.</p>
      </footer>
    </div>
  );
}
