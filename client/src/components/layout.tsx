import type { ReactNode } from "react";
import { Outlet } from "react-router-dom";
import { useDocumentLanguage, useT } from "../hooks/use-intl.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
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

/** The frame of every page: the wordmark, one centred card holding the page, a quiet footer with the language. */
export function Layout({ children, wide = false, account, nav }: LayoutProps) {
  const t = useT();
  useDocumentLanguage();
  return (
    <div className={wide ? "shell shell-wide" : "shell"}>
      <header className="shell-header">
        <Wordmark />
        {account}
      </header>
      {nav}
      <main className="card">{children ?? <Outlet />}</main>
      <footer className="shell-footer">
        <p>{t("layout.footer")}</p>
        <LanguageSwitcher />
      </footer>
    </div>
  );
}
