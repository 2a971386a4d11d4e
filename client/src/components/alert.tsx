import type { ReactNode } from "react";

/** A failure the person must notice: announced at once by screen readers. */
export function Alert({ children }: { children: ReactNode }) {
  return (
    <div className="alert" role="alert">
      {children}
    </div>
  );
}
