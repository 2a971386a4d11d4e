import { describe, expect, it } from "vitest";
import styles from "./styles.css?raw";

/** The declarations of styles.css, comments left out, as "property: value". */
function declarations(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return [...withoutComments.matchAll(/([-a-z]+)\s*:\s*([^;{}]+);/g)].map(
    ([, property, value]) => `${property}: ${value?.trim().replace(/\s+/g, " ")}`,
  );
}

const all = declarations(styles);

// docs/pages.md#themes: logical sides so a right-to-left page mirrors, and colours from the two schemes' tokens.
describe("styles.css", () => {
  it("reads the page's declarations", () => {
    expect(all.length).toBeGreaterThan(400);
    expect(all).toContain("margin-inline-start: 8px");
  });

  it("names no physical side: no left, right, top or bottom property nor left/right alignment", () => {
    const physical = all.filter(
      (declaration) =>
        /^(margin|padding|border)-(left|right|top|bottom)\b/.test(declaration) ||
        /^(left|right|top|bottom):/.test(declaration) ||
        /^(text-align|float|clear): (left|right)$/.test(declaration),
    );
    expect(physical).toEqual([]);
  });

  it("gives no shorthand four sides that differ left from right", () => {
    const lopsided = all.filter((declaration) => {
      const match = /^(margin|padding|inset|border-width|border-radius): (.+)$/.exec(declaration);
      const sides = match?.[2]?.split(" ") ?? [];
      return sides.length === 4 && sides[1] !== sides[3];
    });
    expect(lopsided).toEqual([]);
  });

  it("writes every colour as a custom property, defined for light and again for dark", () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(rgb|hsl)a?\(/i;
    const outsideTokens = all.filter(
      (declaration) => !declaration.startsWith("--") && literal.test(declaration),
    );
    expect(outsideTokens).toEqual([]);
    expect(styles).toMatch(/color-scheme: light dark;/);
    expect(styles).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });
});
