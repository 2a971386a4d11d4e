import { LOGO_MAX_BYTES, LOGO_MESSAGES } from "@gatehouse/shared";
import { DOMParser, type Element, type Node, onErrorStopParsing } from "@xmldom/xmldom";
import { imageSize } from "image-size";
import { invalidRequest } from "../errors.ts";
import type { ClientRecord } from "../store/types.ts";

const ICON_SIZE = 32;

/** The media type we serve is the one the bytes prove, whatever the upload declared. */
const BITMAP_MEDIA_TYPES: Readonly<Record<string, string>> = { png: "image/png", jpg: "image/jpeg" };
const SVG_MEDIA_TYPE = "image/svg+xml";

/** Elements that run code, embed other documents, link away, or rewrite attributes over time. */
const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "foreignobject",
  "iframe",
  "embed",
  "object",
  "audio",
  "video",
  "a",
  "meta",
  "animate",
  "animatemotion",
  "animatetransform",
  "set",
  "handler",
  "listener",
]);

const refuse = (message: string) => invalidRequest(`logo: ${message}`);

/** A reference that leaves the document: anything but a same-document `#fragment` (image-set takes bare strings). */
const externalUrl = /(?:url|image-set)\(\s*(['"]?)(?!#)/i;

/** CSS escapes can spell `url(` or `@import` past any pattern (`\75rl(`), and an icon needs none. */
const cssEscape = /\\/;

/**
 * Refuses an SVG that could run script or load anything: no DOCTYPE or entities, no processing
 * instructions, no scripting or embedding elements, no event-handler attributes, and no
 * reference (href, src, url(), @import) outside the document. Parsed with a real XML parser.
 */
function parseSafeSvg(text: string): Element {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuse("App icon SVG must not declare a DOCTYPE or entities");
  let document: ReturnType<DOMParser["parseFromString"]>;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, "image/svg+xml");
  } catch {
    throw refuse("App icon is not a well-formed SVG"); // the parser's message says nothing a person can use
  }
  const root = document.documentElement;
  if (root?.localName !== "svg") throw refuse("App icon is not an SVG image");
  const pending: Node[] = Array.from(document.childNodes);
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    // The XML declaration (`<?xml version="1.0"?>`, which editors write) is parsed as one, but is none.
    if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE && node.nodeName !== "xml") {
      throw refuse("App icon SVG must not contain processing instructions");
    }
    if (node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      const name = (element.localName ?? "").toLowerCase();
      if (FORBIDDEN_ELEMENTS.has(name)) throw refuse(`App icon SVG must not contain <${element.localName}>`);
      for (let index = 0; index < element.attributes.length; index += 1) {
        const attribute = element.attributes.item(index);
        if (!attribute) continue;
        const attributeName = (attribute.localName ?? attribute.name).toLowerCase();
        const value = attribute.value.trim();
        if (attributeName.startsWith("on")) throw refuse("App icon SVG must not contain event handlers");
        if ((attributeName === "href" || attributeName === "src") && !value.startsWith("#")) {
          throw refuse("App icon SVG must not reference anything outside itself");
        }
        if (externalUrl.test(value) || /@import/i.test(value) || cssEscape.test(value)) {
          throw refuse("App icon SVG must not reference anything outside itself");
        }
      }
      if (
        name === "style" &&
        (externalUrl.test(element.textContent ?? "") ||
          /@import/i.test(element.textContent ?? "") ||
          cssEscape.test(element.textContent ?? ""))
      ) {
        throw refuse("App icon SVG must not reference anything outside itself");
      }
    }
    pending.push(...Array.from(node.childNodes));
  }
  return root;
}

/** The attributes that give an SVG its size; image-size reads units and `viewBox` from them. */
const SIZE_ATTRIBUTES = ["width", "height", "viewBox"] as const;

/**
 * An SVG's size, read from its parsed root element, not from the first `<svg` in the text (which
 * a comment could hold, or which a long prologue pushes past where image-size looks).
 */
function svgSize(root: Element): ReturnType<typeof imageSize> {
  const attributes = SIZE_ATTRIBUTES.flatMap((name) => {
    const value = root.getAttribute(name);
    if (value === null) return [];
    if (/["<>]/.test(value)) throw refuse(`App icon SVG has an invalid ${name}`);
    return [`${name}="${value}"`];
  });
  try {
    return imageSize(Buffer.from(`<svg ${attributes.join(" ")}></svg>`));
  } catch {
    throw refuse("App icon SVG must give its size (width and height, or a viewBox)");
  }
}

/** Text that starts, past a byte-order mark and white space, with `<`: an SVG, or no image we take. */
const looksLikeMarkup = (bytes: Buffer): boolean =>
  /^\uFEFF?\s*</.test(bytes.subarray(0, 64).toString("utf8"));

function assertIconSize(size: ReturnType<typeof imageSize>): void {
  if (size.width !== ICON_SIZE || size.height !== ICON_SIZE) {
    throw refuse(`App icon must be exactly 32×32 pixels (this one is ${size.width}×${size.height})`);
  }
}

/**
 * Checks an app icon by its content, not its name or declared type: a PNG, JPEG or safe SVG of
 * exactly 32×32 pixels and at most 256 KB (contract §11).
 */
export function checkAppIcon(dataUrl: string): ClientRecord["logo"] {
  const base64 = /^data:[^;,]+;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl)?.[1];
  if (!base64) throw refuse("App icon must be a base64 data: URL");
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length > LOGO_MAX_BYTES) throw refuse(LOGO_MESSAGES.tooLarge);
  if (looksLikeMarkup(bytes)) {
    const size = svgSize(parseSafeSvg(bytes.toString("utf8")));
    assertIconSize(size);
    return { media_type: SVG_MEDIA_TYPE, data_base64: bytes.toString("base64") };
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw refuse(LOGO_MESSAGES.notAnImage); // image-size found no known format
  }
  const mediaType = size.type ? BITMAP_MEDIA_TYPES[size.type] : undefined;
  if (!mediaType) throw refuse(LOGO_MESSAGES.notAnImage);
  assertIconSize(size);
  return { media_type: mediaType, data_base64: bytes.toString("base64") };
}
