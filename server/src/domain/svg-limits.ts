/**
 * What an icon may hold before the XML parser sees it. xmldom's time grows with tags, attributes,
 * references and depth, not with bytes: 256 KB of nested `<g>` costs it about a second, while a
 * thousand elements, far more than 32×32 pixels can show, cost it a few milliseconds.
 */
export const SVG_LIMITS = {
  nodes: 1_000,
  depth: 64,
  attributesPerElement: 64,
  attributes: 4_000,
  references: 1_000,
} as const;

/** Comments, CDATA, processing instructions and declarations, skipped whole; `<!` last, as two others start with it. */
const SKIPPED: readonly (readonly [open: string, close: string])[] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
];

/** `1,000`; by hand, as the first `toLocaleString` loads locale data, which costs more than the whole scan. */
const format = (limit: number) => String(limit).replace(/\B(?=(\d{3})+$)/g, ",");

/** The index just past the next `close` at or after `from`, or the end of the text when there is none. */
function pastNext(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at === -1 ? text.length : at + close.length;
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}

/** A start tag from its `<`: where it ends, how many attributes (`=` outside quotes) and whether it closes itself. */
function scanStartTag(
  text: string,
  start: number,
): { end: number; attributes: number; selfClosing: boolean } {
  let quote = "";
  let attributes = 0;
  for (let at = start + 1; at < text.length; at += 1) {
    const character = text[at];
    if (quote) {
      if (character === quote) quote = "";
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === "=") {
      attributes += 1;
    } else if (character === ">") {
      return { end: at + 1, attributes, selfClosing: text[at - 1] === "/" };
    }
  }
  return { end: text.length, attributes, selfClosing: false };
}

/**
 * Why `text` is too big to hand to the parser, or undefined: one linear pass that counts what the
 * parser would build and how deep elements nest, stopping at the first limit crossed. It is no
 * parser (what is malformed is left to the real one) and errs towards counting more, never less.
 */
export function exceededSvgLimit(text: string): string | undefined {
  if (countOf(text, "&") > SVG_LIMITS.references) {
    return `App icon SVG must have at most ${format(SVG_LIMITS.references)} character references`;
  }
  let nodes = 0;
  let depth = 0;
  let attributes = 0;
  for (let at = text.indexOf("<"); at !== -1; at = text.indexOf("<", at)) {
    if (text.startsWith("</", at)) {
      depth -= 1;
      at += 2;
      continue;
    }
    nodes += 1;
    if (nodes > SVG_LIMITS.nodes)
      return `App icon SVG must have at most ${format(SVG_LIMITS.nodes)} elements`;
    const skipped = SKIPPED.find(([open]) => text.startsWith(open, at));
    if (skipped) {
      at = pastNext(text, skipped[1], at + skipped[0].length);
      continue;
    }
    const tag = scanStartTag(text, at);
    attributes += tag.attributes;
    if (tag.attributes > SVG_LIMITS.attributesPerElement) {
      return `App icon SVG must have at most ${SVG_LIMITS.attributesPerElement} attributes on an element`;
    }
    if (attributes > SVG_LIMITS.attributes) {
      return `App icon SVG must have at most ${format(SVG_LIMITS.attributes)} attributes`;
    }
    if (depth + 1 > SVG_LIMITS.depth) {
      return `App icon SVG must not nest elements more than ${SVG_LIMITS.depth} deep`;
    }
    if (!tag.selfClosing) depth += 1; // an empty element sits one deeper than its parent, but opens nothing
    at = tag.end;
  }
  return undefined;
}
