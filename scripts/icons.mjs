// Renders resources/icon.svg into every icon file the installers use, with no
// network: @resvg/resvg-js rasterises (its native binary is an npm package),
// and the .ico and .icns containers are written here (both are a small index
// followed by PNG images). Run: `npm run icons`; commit what it writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// icns entry types that hold PNG data, and the pixel size each holds.
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

const svg = readFileSync('resources/icon.svg');
const png = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

function icns(entries) {
  const chunks = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const rendered = new Map(PNG_SIZES.map((size) => [size, png(size)]));
mkdirSync('resources/icons', { recursive: true });
for (const [size, data] of rendered) writeFileSync(`resources/icons/${size}x${size}.png`, data);
writeFileSync('resources/icon.png', rendered.get(1024));
writeFileSync('resources/icon.ico', ico(ICO_SIZES.map((size) => ({ size, data: rendered.get(size) }))));
writeFileSync('resources/icon.icns', icns(ICNS_TYPES.map(([type, size]) => ({ type, data: rendered.get(size) }))));
console.log(`icons: ${PNG_SIZES.join(', ')} px; icon.ico (${ICO_SIZES.length} sizes); icon.icns (${ICNS_TYPES.length} entries)`);
