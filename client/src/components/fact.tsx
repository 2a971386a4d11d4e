import type { ReactNode } from "react";

/** One term of a row's description list (`<dl className="person-facts">`) and its value. */
export function Fact({
  term,
  mono = false,
  children,
}: {
  term: string;
  mono?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={mono ? "mono" : undefined}>{children}</dd>
    </div>
  );
}
