import { Fragment } from "react";

/** The URL cut at its seams: after each dot of the host, before each `/`, `?`, `&` or `#` of the rest. */
export function urlPieces(url: string): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? "";
  const rest = url.slice(scheme.length);
  const seam = rest.search(/[/?#]/);
  const host = seam === -1 ? rest : rest.slice(0, seam);
  const tail = seam === -1 ? "" : rest.slice(seam);
  const hostPieces = host.split(/(?<=\.)/);
  hostPieces[0] = scheme + hostPieces[0];
  return [...hostPieces, ...tail.split(/(?=[/?&#])/)].filter((piece) => piece !== "");
}

/**
 * A URL as text that may wrap only at its seams (`<wbr>`): `host:port` never splits, so "localhost:5175" stays
 * whole on a narrow screen.
 */
export function UrlText({ url }: { url: string }) {
  let offset = 0;
  return urlPieces(url).map((piece) => {
    const at = offset;
    offset += piece.length;
    return (
      <Fragment key={at}>
        {at > 0 ? <wbr /> : null}
        {piece}
      </Fragment>
    );
  });
}
