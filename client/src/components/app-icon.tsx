import type { ClientSummary } from "@gatehouse/shared";
import { useState } from "react";
import { useT } from "../hooks/use-intl.ts";

/** An app's 32×32 icon; when it cannot be loaded, the app's initial stands in so the name still has a face. */
export function AppIcon({
  client,
  size = 32,
}: {
  client: Pick<ClientSummary, "name" | "logo_uri">;
  size?: number;
}) {
  const t = useT();
  const [broken, setBroken] = useState(false);
  const label = t("consent.appIcon", { app: client.name });
  if (broken || client.logo_uri === "") {
    return (
      <span className="app-icon app-icon-fallback" role="img" aria-label={label}>
        {client.name.slice(0, 1).toUpperCase()}
      </span>
    );
  }
  return (
    <img
      className="app-icon"
      src={client.logo_uri}
      alt={label}
      width={size}
      height={size}
      onError={() => setBroken(true)}
    />
  );
}
