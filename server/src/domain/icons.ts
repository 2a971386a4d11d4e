import { LOGO_MAX_BYTES, LOGO_MESSAGES } from "@gatehouse/shared";
import { DOMParser, type Element, type Node, onErrorStopParsing } from "@xmldom/xmldom";
import { imageSize } from "image-size";
import { invalidRequest } from "../errors.ts";
import type { ClientRecord } from "../store/types.ts";
import { refusalOfElement, SVG_NAMESPACE } from "./svg-allow-list.ts";
import { exceededSvgLimit } from "./svg-limits.ts";
import { exceededDrawnElements } from "./svg-use-copies.ts";

const ICON_SIZE = 32;

/** The media type we serve is the one the bytes prove, whatever the upload declared. */
const BITMAP_MEDIA_TYPES: Readonly<Record<string, string>> = { png: "image/png", jpg: "image/jpeg" };
const SVG_MEDIA_TYPE = "image/svg+xml";

const refuse = (message: string) => invalidRequest(`logo: ${message}`);

const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE;

/**
 * Parses an SVG that can only draw: no DOCTYPE or entities, no processing instructions, nothing
 * past the limits that keep parsing fast, only allow-listed elements and attributes of the SVG
 * namespace, referring to nothing outside the document, and no `<use>` bomb for whoever draws it.
 * Parsed with a real XML parser.
 */
function parseSafeSvg(text: string): Element {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuse("App icon SVG must not declare a DOCTYPE or entities");
  const exceeded = exceededSvgLimit(text);
  if (exceeded) throw refuse(exceeded);
  let document: ReturnType<DOMParser["parseFromString"]>;
  try {
    const parser = new DOMParser({ onError: onErrorStopParsing, locator: false });
    document = parser.parseFromString(text, SVG_MEDIA_TYPE);
  } catch {
    throw refuse("App icon is not a well-formed SVG"); // the parser's message says nothing a person can use
  }
  const root = document.documentElement;
  if (root?.localName !== "svg" || root.namespaceURI !== SVG_NAMESPACE)
    throw refuse("App icon is not an SVG image");
  const pending: Node[] = Array.from(document.childNodes);
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    // The XML declaration (`<?xml version="1.0"?>`, which editors write) is parsed as one, but is none.
    if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE && node.nodeName !== "xml") {
      throw refuse("App icon SVG must not contain processing instructions");
    }
    if (isElement(node)) {
      const refusal = refusalOfElement(node);
      if (refusal) throw refuse(refusal);
    }
    pending.push(...Array.from(node.childNodes));
  }
  const drawsTooMuch = exceededDrawnElements(root);
  if (drawsTooMuch) throw refuse(drawsTooMuch);
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
 * exactly 32×32 pixels and at most 256 KB (docs/security.md#app-icons).
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
