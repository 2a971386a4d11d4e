import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dataUrl, jpegImage, pngImage, svgImage } from "../../test/images.ts";
import { OAuthError } from "../errors.ts";
import { checkAppIcon } from "./icons.ts";

/** The `invalid_request` that `checkAppIcon` throws for `url`, so its message can be read. */
function refusal(url: string): OAuthError {
  try {
    checkAppIcon(url);
  } catch (error) {
    if (error instanceof OAuthError) return error;
    throw error;
  }
  throw new Error("the icon was accepted");
}

function expectRefused(url: string, message: RegExp) {
  const error = refusal(url);
  expect(error.code).toBe("invalid_request");
  expect(error.status).toBe(400);
  expect(error.description).toMatch(/^logo: /);
  expect(error.description).toMatch(message);
}

const svgUrl = (body: string) => dataUrl(svgImage(body), "image/svg+xml");
const rawSvgUrl = (text: string) => dataUrl(Buffer.from(text), "image/svg+xml");
const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"';

describe("checkAppIcon: raster icons, checked by their content (contract §11)", () => {
  it("accepts a real 32×32 PNG as image/png, keeping its bytes", () => {
    const png = pngImage(32);
    expect(checkAppIcon(dataUrl(png))).toEqual({
      media_type: "image/png",
      data_base64: png.toString("base64"),
    });
  });

  it("refuses a PNG of 31×32 pixels, naming the size it found", () => {
    expectRefused(
      dataUrl(pngImage(31, 32)),
      /^logo: App icon must be exactly 32×32 pixels \(this one is 31×32\)$/,
    );
  });

  it("refuses a PNG of 64×64 pixels", () => {
    expectRefused(
      dataUrl(pngImage(64)),
      /^logo: App icon must be exactly 32×32 pixels \(this one is 64×64\)$/,
    );
  });

  it("serves a PNG declared as an SVG as image/png: the content wins over the declared type", () => {
    expect(checkAppIcon(dataUrl(pngImage(32), "image/svg+xml")).media_type).toBe("image/png");
  });

  it("accepts a baseline 32×32 JPEG as image/jpeg", () => {
    const jpeg = jpegImage(32);
    expect(checkAppIcon(dataUrl(jpeg, "image/jpeg"))).toEqual({
      media_type: "image/jpeg",
      data_base64: jpeg.toString("base64"),
    });
  });

  it("refuses a 64×64 JPEG", () => {
    expectRefused(dataUrl(jpegImage(64), "image/jpeg"), /exactly 32×32 pixels \(this one is 64×64\)/);
  });

  it("refuses text declared as a PNG", () => {
    expectRefused(
      dataUrl(Buffer.from("just some text, not a picture")),
      /^logo: App icon must be a JPG, PNG or SVG image$/,
    );
  });

  it("refuses random bytes declared as a PNG", () => {
    // A first byte no image format starts with, so the rest may be anything.
    const bytes = Buffer.concat([Buffer.from([0x01]), randomBytes(2048)]);
    expectRefused(dataUrl(bytes), /^logo: App icon must be a JPG, PNG or SVG image$/);
  });

  it("refuses an image of another format, even at 32×32 (a GIF)", () => {
    const gif = Buffer.from("GIF89a\x20\x00\x20\x00\x00\x00\x00;", "latin1");
    expectRefused(dataUrl(gif, "image/gif"), /^logo: App icon must be a JPG, PNG or SVG image$/);
  });

  it("refuses more than 256 KB, even of a 32×32 PNG", () => {
    const padded = Buffer.concat([pngImage(32), Buffer.alloc(256 * 1024)]);
    expectRefused(dataUrl(padded), /^logo: App icon must be at most 256 KB$/);
  });

  it("refuses what is not a base64 data: URL", () => {
    expectRefused("https://example.com/icon.png", /^logo: App icon must be a base64 data: URL$/);
    expectRefused(`data:image/png,${pngImage(32).toString("latin1")}`, /base64 data: URL/);
  });
});

describe("checkAppIcon: SVG icons, refused when they could run script or load anything", () => {
  it("accepts a clean 32×32 SVG as image/svg+xml", () => {
    const svg = svgImage();
    expect(checkAppIcon(dataUrl(svg, "image/svg+xml"))).toEqual({
      media_type: "image/svg+xml",
      data_base64: svg.toString("base64"),
    });
  });

  it("accepts an SVG with an XML declaration and a comment, as editors save them", () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n${svgImage().toString()}`;
    expect(checkAppIcon(rawSvgUrl(text)).media_type).toBe("image/svg+xml");
  });

  it("accepts <use> pointing at a fragment of the same document", () => {
    const body =
      '<defs><circle id="dot" r="4" fill="#fff"/></defs><use href="#dot" x="8" y="8"/><use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#dot" x="24" y="24"/>';
    expect(checkAppIcon(svgUrl(body)).media_type).toBe("image/svg+xml");
  });

  it("accepts fill:url(#gradient), a reference inside the document", () => {
    const body =
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="32" height="32" style="fill:url(#g)"/>';
    expect(checkAppIcon(svgUrl(body)).media_type).toBe("image/svg+xml");
  });

  it("accepts an SVG behind a prologue longer than where image-size looks for <svg> (1,000 characters)", () => {
    const text = `<?xml version="1.0"?>\n<!-- ${"Exported by an editor that writes a lot. ".repeat(40)}-->\n${svgImage().toString()}`;
    expect(checkAppIcon(rawSvgUrl(text)).media_type).toBe("image/svg+xml");
  });

  it("measures the root element, not an <svg> a comment before it holds", () => {
    const text = `<!-- <svg width="32" height="32"> -->${svgImage(undefined, 5000).toString()}`;
    expectRefused(rawSvgUrl(text), /exactly 32×32 pixels \(this one is 5000×5000\)/);
  });

  it.each([
    ["width and height in px", '<svg xmlns="http://www.w3.org/2000/svg" width="32px" height="32px">'],
    ["a viewBox only", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'],
  ])("reads the size from %s", (_case, open) => {
    expect(checkAppIcon(rawSvgUrl(`${open}<rect width="32" height="32"/></svg>`)).media_type).toBe(
      "image/svg+xml",
    );
  });

  it("refuses an SVG that gives no size", () => {
    expectRefused(
      rawSvgUrl('<svg xmlns="http://www.w3.org/2000/svg"><rect width="32" height="32"/></svg>'),
      /^logo: App icon SVG must give its size \(width and height, or a viewBox\)$/,
    );
  });

  it("refuses an SVG that is not 32×32", () => {
    expectRefused(
      dataUrl(svgImage(undefined, 64), "image/svg+xml"),
      /exactly 32×32 pixels \(this one is 64×64\)/,
    );
  });

  const refused: [string, string, RegExp][] = [
    ["<script>", "<script>alert(1)</script>", /must not contain <script>/],
    [
      "a namespaced <svg:script>",
      '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>',
      /<script>/,
    ],
    ["an onload handler", '<rect width="32" height="32" onload="alert(1)"/>', /event handlers/],
    ["an upper-case ONCLICK handler", '<rect width="32" height="32" ONCLICK="alert(1)"/>', /event handlers/],
    [
      "<foreignObject>",
      '<foreignObject width="32" height="32"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>',
      /must not contain <foreignObject>/,
    ],
    ["<a href>", '<a href="https://evil.example"><rect width="32" height="32"/></a>', /must not contain <a>/],
    [
      'xlink:href="http://…"',
      '<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://evil.example/sprite.svg#x"/>',
      /outside itself/,
    ],
    [
      '<image href="https://…">',
      '<image href="https://evil.example/pixel.png" width="32" height="32"/>',
      /outside itself/,
    ],
    [
      "<image> with a data: URL",
      '<image href="data:image/png;base64,AAAA" width="32" height="32"/>',
      /outside itself/,
    ],
    [
      'style="fill:url(http://evil)"',
      '<rect width="32" height="32" style="fill:url(http://evil)"/>',
      /outside itself/,
    ],
    [
      "fill=\"url('https://…')\"",
      '<rect width="32" height="32" fill="url(\'https://evil.example/p\')"/>',
      /outside itself/,
    ],
    [
      "<style>@import url(…)</style>",
      "<style>@import url(https://evil.example/x.css);</style>",
      /outside itself/,
    ],
    [
      "<style> with a background url()",
      "<style>rect { fill: url( 'http://evil.example/p' ) }</style>",
      /outside itself/,
    ],
    [
      "<animate>",
      '<rect width="32" height="32"><animate attributeName="x" to="4" dur="1s"/></rect>',
      /must not contain <animate>/,
    ],
    [
      "<set>",
      '<rect width="32" height="32"><set attributeName="fill" to="red"/></rect>',
      /must not contain <set>/,
    ],
    ["<iframe>", '<iframe src="https://evil.example"/>', /must not contain <iframe>/],
    [
      "image-set('https://…'), which takes a bare string",
      '<rect width="32" height="32" style="fill:red;background:image-set(\'https://evil.example/p.png\' 1x)"/>',
      /outside itself/,
    ],
    [
      "a url( spelled with a CSS escape",
      '<rect width="32" height="32" style="fill:\\75rl(https://evil.example/p)"/>',
      /outside itself/,
    ],
    [
      "an @import spelled with a CSS escape",
      "<style>@\\69mport 'https://evil.example/x.css';</style>",
      /outside itself/,
    ],
    [
      "an XHTML <meta> refresh that navigates away",
      '<html:meta xmlns:html="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=https://evil.example"/>',
      /must not contain <meta>/,
    ],
  ];

  for (const [what, body, message] of refused) {
    it(`refuses ${what}`, () => {
      expectRefused(svgUrl(body), message);
    });
  }

  it("refuses a DOCTYPE declaring an entity", () => {
    const text = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "boom">]>${SVG_OPEN}><text>&x;</text></svg>`;
    expectRefused(rawSvgUrl(text), /^logo: App icon SVG must not declare a DOCTYPE or entities$/);
  });

  it("refuses an external DOCTYPE", () => {
    const text = `<!DOCTYPE svg SYSTEM "https://evil.example/svg.dtd">${SVG_OPEN}/>`;
    expectRefused(rawSvgUrl(text), /DOCTYPE or entities/);
  });

  it("refuses an <?xml-stylesheet ?> processing instruction", () => {
    const text = `<?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>${SVG_OPEN}/>`;
    expectRefused(rawSvgUrl(text), /^logo: App icon SVG must not contain processing instructions$/);
  });

  it("refuses a processing instruction inside the root", () => {
    expectRefused(svgUrl('<?php echo 1 ?><rect width="32" height="32"/>'), /processing instructions/);
  });

  it("refuses malformed XML", () => {
    expectRefused(
      rawSvgUrl(`${SVG_OPEN}><rect width="32" height="32"></svg>`),
      /^logo: App icon is not a well-formed SVG$/,
    );
  });

  it("refuses a document whose root is not <svg>", () => {
    const text = `<html xmlns="http://www.w3.org/1999/xhtml">${SVG_OPEN}/></html>`;
    expectRefused(rawSvgUrl(text), /^logo: App icon is not an SVG image$/);
  });
});
