import type { Element, Node } from "@xmldom/xmldom";
import { XLINK_NAMESPACE } from "./svg-allow-list.ts";

/** More drawn elements than an icon could want: a `<use>` chain past this is a rendering bomb. */
const MAX_DRAWN_ELEMENTS = 10_000;

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE;

/** The element a `<use>` names by its local `#id`, if any. @see https://www.w3.org/TR/SVG11/struct.html#UseElement */
function referencedBy(use: Element, byId: ReadonlyMap<string, Element>): Element | undefined {
  const href = use.getAttribute("href") ?? use.getAttributeNS(XLINK_NAMESPACE, "href") ?? "";
  return byId.get(href.trim().slice(1));
}

function indexById(root: Element): Map<string, Element> {
  const byId = new Map<string, Element>();
  const pending: Element[] = [root];
  for (let element = pending.pop(); element; element = pending.pop()) {
    const id = element.getAttribute("id");
    if (id !== null && !byId.has(id)) byId.set(id, element);
    pending.push(...Array.from(element.childNodes).filter(isElement));
  }
  return byId;
}

/**
 * How many elements a renderer draws once every `<use>` is replaced by a copy of what it names,
 * counting stopped once past the limit. A `<use>` that reaches itself counts as endless.
 */
function countDrawnElements(root: Element): number {
  const byId = indexById(root);
  const counted = new Map<Element, number>();
  const counting = new Set<Element>();
  const count = (element: Element): number => {
    const known = counted.get(element);
    if (known !== undefined) return known;
    if (counting.has(element)) return Number.POSITIVE_INFINITY;
    counting.add(element);
    const target = element.localName === "use" ? referencedBy(element, byId) : undefined;
    let total = 1 + (target ? count(target) : 0);
    for (const child of Array.from(element.childNodes)) {
      if (total > MAX_DRAWN_ELEMENTS) break;
      if (isElement(child)) total += count(child);
    }
    counting.delete(element);
    counted.set(element, total);
    return total;
  };
  return count(root);
}

/**
 * Why `root` draws too much, or undefined: ten `<use>` of a group of ten `<use>` of … grow tenfold
 * per level, a "billion laughs" for whoever renders the icon that the file's size does not show.
 */
export function exceededDrawnElements(root: Element): string | undefined {
  return countDrawnElements(root) > MAX_DRAWN_ELEMENTS
    ? "App icon SVG must not draw more than 10,000 elements through <use>"
    : undefined;
}
