import type { ClientSummary } from "@gatehouse/shared";
import type { ReactNode } from "react";
import { AppIcon } from "./app-icon.tsx";

interface StepBannerProps {
  title: string;
  /** The line under the heading: for whom, or for what, the step is. */
  children: ReactNode;
  /** The app the journey is for; its icon leads the banner. */
  client?: Pick<ClientSummary, "name" | "logo_uri">;
}

/** The top of a sign-in or chooser step; its heading takes the focus when the step changes. */
export function StepBanner({ title, children, client }: StepBannerProps) {
  const text = (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="muted">{children}</p>
    </>
  );
  return (
    <div className="app-banner">
      {client ? (
        <>
          <AppIcon client={client} />
          <div>{text}</div>
        </>
      ) : (
        text
      )}
    </div>
  );
}
