import { LOCALE_INFO } from "@gatehouse/shared";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** One piece of what a person meets on the page: a block's visible text, or an accessible name. */
interface Said {
  where: string;
  text: string;
}

/**
 * The page's visible text, one entry per block (inline elements joined, so a sentence split by a link stays one),
 * and its accessible names: aria-label, title, alt and placeholder of rendered elements, and the document's title.
 * Text inside code, kbd, samp and pre is machine text (client IDs, scope names, keys, error codes): left out.
 */
function collectSaid(page: Page): Promise<Said[]> {
  return page.evaluate(() => {
    const BREAK = "\u0000";
    const machine = "code, kbd, samp, pre, script, style, noscript, template";
    const blockOf = (element: Element): Element => {
      let current: Element | null = element;
      while (current && current !== document.body) {
        const display = getComputedStyle(current).display;
        if (display !== "inline" && display !== "contents") return current;
        current = current.parentElement;
      }
      return document.body;
    };
    const blocks = new Map<Element, string[]>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("[aria-hidden='true']") || !parent.checkVisibility()) continue;
      const block = blockOf(parent);
      const parts = blocks.get(block) ?? [];
      parts.push(parent.closest(machine) ? BREAK : (node.textContent ?? ""));
      blocks.set(block, parts);
    }
    const said = [...blocks.entries()].map(([block, parts]) => ({
      where: `<${block.tagName.toLowerCase()}>`,
      text: parts.join(""),
    }));
    for (const element of Array.from(
      document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]"),
    )) {
      if (element.closest("[aria-hidden='true']") || !element.checkVisibility()) continue;
      for (const attribute of ["aria-label", "title", "alt", "placeholder"]) {
        const value = element.getAttribute(attribute);
        if (value) said.push({ where: `${attribute} of <${element.tagName.toLowerCase()}>`, text: value });
      }
    }
    said.push({ where: "<title>", text: document.title });
    return said;
  });
}

/** What is not a word to translate: emails, URLs, hosts (with a port or path), scope names like `files:read`. */
const MACHINE_TEXT = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/gu,
  /\b[a-z][a-z\d+.-]*:\/\/\S+/giu,
  /\b([a-z\d-]+\.)+[a-z]{2,}(:\d+)?(\/\S*)?/giu,
  /\blocalhost(:\d+)?(\/\S*)?/giu,
  /\b[a-z]+(\.[a-z]+)*:(read|write)\b/gu,
];

/** A word written in Latin letters (an apostrophe or hyphen inside it allowed), punctuation around it trimmed. */
const LATIN_WORD = /^\p{Script=Latin}+(['’-]\p{Script=Latin}+)*$/u;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The runs of three or more Latin-script words in `text`, once the names the test data typed and machine text
 * (see MACHINE_TEXT; also any word holding a digit, `_` or `:`, such as codes) are taken out: each such run is
 * English a translation missed. Punctuation between words neither breaks nor counts.
 */
export function latinRuns(text: string, names: readonly string[]): string[] {
  let rest = text;
  const longestFirst = [...names].sort((one, other) => other.length - one.length);
  for (const name of longestFirst)
    rest = rest.replace(
      new RegExp(`(?<![\\p{L}\\d])${escapeForRegExp(name)}(?![\\p{L}\\d])`, "gu"),
      "\u0000",
    );
  for (const pattern of MACHINE_TEXT) rest = rest.replace(pattern, "\u0000");

  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= 3) runs.push(run.join(" "));
    run = [];
  };
  for (const token of rest.replaceAll("\u0000", " \u0000 ").split(/\s+/u)) {
    if (token === "") continue;
    if (token === "\u0000") {
      close();
      continue;
    }
    const word = token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
    if (LATIN_WORD.test(word)) run.push(word);
    else if (!PUNCTUATION_ONLY.test(token)) close();
  }
  close();
  return runs;
}

/**
 * Names every page may show untranslated: the product's and DocSpace's, and each language's own name. Bare scope
 * names (`openid`, `profile`, `email`) are English words too: they count unless in code (see collectSaid).
 */
const ALWAYS_NAMES = ["Gatehouse", "DocSpace", ...Object.values(LOCALE_INFO).map((info) => info.name)];

/** Every run of three or more Latin-script words on the page, as "where: run", each listed once. */
export async function untranslatedRuns(page: Page, names: readonly string[]): Promise<string[]> {
  const said = await collectSaid(page);
  const found = said.flatMap(({ where, text }) =>
    latinRuns(text, [...ALWAYS_NAMES, ...names]).map((run) => `${where}: ${run}`),
  );
  return [...new Set(found)];
}

/**
 * Fails, without stopping the test, listing each run of English on a page shown in a language that is not written
 * in Latin script (Arabic): the walk goes on, so one run reports every page a translation missed.
 */
export async function expectNothingUntranslated(
  page: Page,
  label: string,
  names: readonly string[],
): Promise<void> {
  const runs = await untranslatedRuns(page, names);
  if (runs.length > 0) console.log(`untranslated on ${label}:\n  ${runs.join("\n  ")}`);
  expect.soft(runs, `English words left on ${label}`).toEqual([]);
}
