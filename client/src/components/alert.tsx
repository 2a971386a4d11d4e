import type { ReactNode } from "react";

/** A failure the person must notice: announced at once by screen readers; `id` lets fields name it. */
export function Alert({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} className="alert" role="alert">
      {children}
    </div>
  );
}
