import { describe, expect, it } from "vitest";
import { exceededSvgLimit, SVG_LIMITS } from "./svg-limits.ts";

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
const nest = (depth: number, inner = "") => `${"<g>".repeat(depth)}${inner}${"</g>".repeat(depth)}`;

describe("exceededSvgLimit: the pre-scan that bounds what the parser sees (N73)", () => {
  it("N73: passes an ordinary icon", () => {
    expect(exceededSvgLimit(svg('<rect width="32" height="32" fill="#fff"/>'))).toBeUndefined();
  });

  it("N73: counts an empty element one deeper than its parent", () => {
    expect(exceededSvgLimit(svg(nest(SVG_LIMITS.depth - 2, "<rect/>")))).toBeUndefined();
    expect(exceededSvgLimit(svg(nest(SVG_LIMITS.depth - 1, "<rect/>")))).toMatch(/more than 64 deep/);
  });

  it("N73: is not fooled by `/>` or `>` inside a quoted attribute value", () => {
    const tag = `<g aria-label="/>" role='a>b'>`;
    const body = `${tag.repeat(SVG_LIMITS.depth)}${"</g>".repeat(SVG_LIMITS.depth)}`;
    expect(exceededSvgLimit(svg(body))).toMatch(/more than 64 deep/);
  });

  it("N73: does not count tags inside comments, CDATA or processing instructions as nesting", () => {
    const hidden = `<!-- ${nest(100)} --><text><![CDATA[${"<g>".repeat(100)}]]></text><?x ${"<g>".repeat(100)}?>`;
    expect(exceededSvgLimit(`<?xml version="1.0"?>${svg(hidden)}`)).toBeUndefined();
  });

  it("N73: counts comments towards the element limit, as the parser builds a node for each", () => {
    expect(exceededSvgLimit(svg("<!---->".repeat(SVG_LIMITS.nodes)))).toMatch(/at most 1,000 elements$/);
  });

  it("N73: limits the attributes of one element and of the whole document", () => {
    const attributes = (count: number) =>
      Array.from({ length: count }, (_, index) => `a${index}="1"`).join(" ");
    expect(exceededSvgLimit(svg(`<g ${attributes(SVG_LIMITS.attributesPerElement)}/>`))).toBeUndefined();
    expect(exceededSvgLimit(svg(`<g ${attributes(SVG_LIMITS.attributesPerElement + 1)}/>`))).toMatch(
      /at most 64 attributes on an element$/,
    );
    const many = `<g ${attributes(SVG_LIMITS.attributesPerElement)}/>`.repeat(
      Math.ceil(SVG_LIMITS.attributes / SVG_LIMITS.attributesPerElement) + 1,
    );
    expect(exceededSvgLimit(svg(many))).toMatch(/at most 4,000 attributes$/);
  });

  it("N73: does not count `=` inside a quoted value as an attribute", () => {
    expect(exceededSvgLimit(svg(`<g aria-label="${"=".repeat(100)}"/>`))).toBeUndefined();
  });

  it("N73: limits character and entity references", () => {
    expect(exceededSvgLimit(svg(`<text>${"&amp;".repeat(SVG_LIMITS.references)}</text>`))).toBeUndefined();
    expect(exceededSvgLimit(svg(`<text>${"&amp;".repeat(SVG_LIMITS.references + 1)}</text>`))).toMatch(
      /at most 1,000 character references$/,
    );
  });
});
