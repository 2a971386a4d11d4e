import type { Attr, Element } from "@xmldom/xmldom";

export const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
export const XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/**
 * The drawing elements of SVG 1.1 an icon may use. Left out on purpose: whatever runs script,
 * embeds, links or loads (`script`, `foreignObject`, `image`, `feImage`, `a`), animates
 * (`animate`, `set`), carries CSS rules (`style`), and the filters whose cost grows with their
 * parameters rather than the icon's size (convolution, morphology, turbulence, lighting).
 * @see https://www.w3.org/TR/SVG11/eltindex.html
 */
const ELEMENTS: ReadonlySet<string> = new Set([
  ...["svg", "g", "defs", "title", "desc", "symbol", "use", "marker"],
  ...["path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan"],
  ...["linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "filter"],
  ...["feBlend", "feColorMatrix", "feComponentTransfer", "feFuncR", "feFuncG", "feFuncB", "feFuncA"],
  ...["feComposite", "feDropShadow", "feFlood", "feGaussianBlur", "feMerge", "feMergeNode", "feOffset"],
]);

/** Geometry, paint, text and filter-primitive attributes: values that draw, never ones that fetch or run. */
const ATTRIBUTES: ReadonlySet<string> = new Set([
  ...["id", "class", "style", "version", "viewBox", "preserveAspectRatio", "width", "height"],
  ...["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr"],
  ...["d", "points", "pathLength", "transform", "display", "visibility", "overflow", "opacity"],
  ...["fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin"],
  ...["stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "paint-order"],
  ...["color", "vector-effect", "shape-rendering", "color-interpolation", "color-interpolation-filters"],
  ...["clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits"],
  ...["filter", "filterUnits", "primitiveUnits", "marker-start", "marker-mid", "marker-end"],
  ...["markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient"],
  ...["offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod"],
  ...["patternUnits", "patternContentUnits", "patternTransform"],
  ...["font-family", "font-size", "font-style", "font-weight", "font-variant", "font-stretch"],
  ...["text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing"],
  ...["word-spacing", "text-decoration", "writing-mode", "direction", "dx", "dy", "rotate"],
  ...["textLength", "lengthAdjust", "in", "in2", "result", "stdDeviation", "mode", "operator"],
  ...["k1", "k2", "k3", "k4", "type", "values", "tableValues", "slope", "intercept", "amplitude"],
  ...["exponent", "flood-color", "flood-opacity", "role", "aria-label", "aria-hidden"],
]);

/** The elements whose `href` may name another element of the same document. */
const REFERRING_ELEMENTS: ReadonlySet<string> = new Set([
  "use",
  "linearGradient",
  "radialGradient",
  "pattern",
]);

/** The namespaces a prefix may be bound to: SVG's own (`svg:`) and XLink's (`xlink:href`). */
const DECLARABLE_NAMESPACES: ReadonlySet<string> = new Set([SVG_NAMESPACE, XLINK_NAMESPACE]);

const OUTSIDE = "App icon SVG must not reference anything outside itself";

/**
 * A value that reaches outside the document: `url()` or `image-set()` to anything but a `#fragment`
 * (image-set takes bare strings), `@import`, the legacy `expression()`, or a CSS escape, which can
 * spell any of them past a pattern (`\75rl(`) and which no drawing value needs.
 */
const REACHES_OUT = /(?:url|image-set)\(\s*(['"]?)(?!#)|@import|expression\s*\(|\\/i;

/** An `href` may only name a `#fragment` of the same document. */
const hrefRefusal = (attribute: Attr) => (attribute.value.trim().startsWith("#") ? undefined : OUTSIDE);

/** Why an attribute is refused, or undefined when it only draws. */
function refusalOfAttribute(element: Element, attribute: Attr): string | undefined {
  const name = attribute.name;
  const refuseName = `App icon SVG must not contain the attribute ${name}`;
  if (name.toLowerCase().startsWith("on")) return "App icon SVG must not contain event handlers";
  switch (attribute.namespaceURI) {
    case null:
      if (name === "href")
        return REFERRING_ELEMENTS.has(element.localName ?? "") ? hrefRefusal(attribute) : refuseName;
      if (!ATTRIBUTES.has(name)) return refuseName;
      return REACHES_OUT.test(attribute.value) ? OUTSIDE : undefined;
    case XLINK_NAMESPACE:
      if (attribute.localName !== "href" || !REFERRING_ELEMENTS.has(element.localName ?? ""))
        return refuseName;
      return hrefRefusal(attribute);
    case XML_NAMESPACE:
      return attribute.localName === "space" ? undefined : refuseName;
    case XMLNS_NAMESPACE:
      return name === "xmlns" || DECLARABLE_NAMESPACES.has(attribute.value) ? undefined : refuseName;
    default:
      return refuseName;
  }
}

/**
 * Why `element` has no place in an app icon, or undefined when it and every attribute it carries
 * are drawing ones of the SVG namespace (docs/security.md#app-icons). Its children are the caller's to visit.
 */
export function refusalOfElement(element: Element): string | undefined {
  const name = element.localName ?? element.nodeName;
  if (element.namespaceURI !== SVG_NAMESPACE) {
    return `App icon SVG must not contain <${name}> outside the SVG namespace`;
  }
  if (!ELEMENTS.has(name)) return `App icon SVG must not contain <${name}>`;
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index);
    const refusal = attribute && refusalOfAttribute(element, attribute);
    if (refusal) return refusal;
  }
  return undefined;
}
