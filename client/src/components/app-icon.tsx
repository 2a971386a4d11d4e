import type { ClientSummary } from "@gatehouse/shared";
import { useState } from "react";

/** An app's 32×32 icon; when it cannot be loaded, the app's initial stands in so the name still has a face. */
export function AppIcon({
  client,
  size = 32,
}: {
  client: Pick<ClientSummary, "name" | "logo_uri">;
  size?: number;
}) {
  const [broken, setBroken] = useState(false);
  if (broken || client.logo_uri === "") {
    return (
      <span className="app-icon app-icon-fallback" role="img" aria-label={`${client.name} icon`}>
        {client.name.slice(0, 1).toUpperCase()}
      </span>
    );
  }
  return (
    <img
      className="app-icon"
      src={client.logo_uri}
      alt={`${client.name} icon`}
      width={size}
      height={size}
      onError={() => setBroken(true)}
    />
  );
}
