import type { ReactNode } from "react";
import { useT } from "../hooks/use-intl.ts";
import { LocalTime } from "./local-time.tsx";

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
      {/* Addresses and ids read left to right also on a right-to-left page: "::1", not "1::". */}
      <dd className={mono ? "mono" : undefined}>{mono ? <span dir="ltr">{children}</span> : children}</dd>
    </div>
  );
}

/** A fact that is a time from the API; null, when it has not happened yet, reads "Never". */
export function TimeFact({ term, iso }: { term: string; iso: string | null }) {
  const t = useT();
  return <Fact term={term}>{iso ? <LocalTime iso={iso} /> : t("common.never")}</Fact>;
}
