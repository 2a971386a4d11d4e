import type { CreatedClient } from "@gatehouse/shared";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { RegisterForm } from "../features/apps/register-form.tsx";
import { Registered } from "../features/apps/registered.tsx";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

/** `/developer-tools/oauth/new`: the settings form, then the new app's credentials, shown this once. */
export function RegisterAppPage() {
  const navigate = useNavigate();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? null;
  const [created, setCreated] = useState<CreatedClient | null>(null);
  const back = () => navigate(paths.developerTools);

  if (created) return <Registered created={created} onDone={back} />;
  return <RegisterForm portal={portal} onSaved={setCreated} onCancel={back} />;
}
