import { deflateSync } from "node:zlib";

/** CRC-32 (ISO 3309), as PNG chunks carry it. @see RFC 2083 §3.4 */
const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A real PNG of `width`×`height` RGBA pixels (an amber square): signature, IHDR (bit depth 8,
 * colour type 6), one IDAT of deflated rows each led by filter byte 0, IEND.
 * @see RFC 2083 §11
 */
export function pngImage(width: number, height = width): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: truecolour with alpha
  header.writeUInt8(0, 10); // compression
  header.writeUInt8(0, 11); // filter method
  header.writeUInt8(0, 12); // no interlace
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 4, Buffer.from([0xf5, 0x9e, 0x0b, 0xff])),
  ]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(pixels)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

const segment = (marker: number, payload: number[]): number[] => [
  0xff,
  marker,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];

/**
 * A minimal valid baseline JPEG of `width`×`height` grey pixels (both multiples of 8): SOI, APP0
 * (JFIF), DQT, SOF0, one DC and one AC Huffman table with a single one-bit code each, SOS, every
 * block coded as "DC difference 0, end of block", EOI.
 * @see ITU-T T.81 Annex B
 */
export function jpegImage(width: number, height = width): Buffer {
  const blocks = (width / 8) * (height / 8);
  const singleCodeTable = (tableClassAndId: number) => [
    tableClassAndId,
    1,
    ...Array.from({ length: 15 }, () => 0),
    0x00,
  ];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...Array.from({ length: 64 }, () => 1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, singleCodeTable(0x00)),
    ...segment(0xc4, singleCodeTable(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    // Two zero bits per block ("0" DC category 0, "0" end of block), padded with one bits.
    ...Array.from({ length: Math.ceil(blocks / 4) }, (_, index) =>
      index === Math.floor(blocks / 4) ? 0xff >> ((blocks % 4) * 2) : 0x00,
    ),
    0xff,
    0xd9,
  ]);
}

/** An SVG of `width`×`height` with `body` inside its root. */
export function svgImage(
  body = '<rect width="32" height="32" fill="#2563eb"/>',
  width = 32,
  height = width,
): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
  );
}

/** `bytes` as the base64 `data:` URL the settings form sends, declared as `mediaType`. */
export function dataUrl(bytes: Buffer, mediaType = "image/png"): string {
  return `data:${mediaType};base64,${bytes.toString("base64")}`;
}
