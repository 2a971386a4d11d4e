import { deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @see PNG specification §5.5 (ISO/IEC 15948): CRC-32 over the chunk type and data. */
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A real PNG of `size`×`size` 8-bit RGBA pixels: a filled square in `rgba` with a lighter inner square,
 * so it is visibly an icon in screenshots.
 */
export function solidPng(size: number, rgba: [number, number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: truecolour with alpha
  header.writeUInt8(0, 10); // compression: deflate
  header.writeUInt8(0, 11); // filter method 0
  header.writeUInt8(0, 12); // no interlace

  const rowLength = 1 + size * 4;
  const pixels = Buffer.alloc(rowLength * size);
  const inset = Math.floor(size / 4);
  for (let y = 0; y < size; y += 1) {
    pixels[y * rowLength] = 0; // filter type None
    for (let x = 0; x < size; x += 1) {
      const inner = x >= inset && x < size - inset && y >= inset && y < size - inset;
      const offset = y * rowLength + 1 + x * 4;
      pixels[offset] = inner ? 255 : rgba[0];
      pixels[offset + 1] = inner ? 255 : rgba[1];
      pixels[offset + 2] = inner ? 255 : rgba[2];
      pixels[offset + 3] = rgba[3];
    }
  }

  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
