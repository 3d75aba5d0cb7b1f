/** The embedded fonts of Polku's PDFs: DejaVu Sans from the `dejavu-fonts-ttf` npm package (full Finnish/Swedish glyphs). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The regular and bold TTF bytes, read once from node_modules. */
export function dejaVuSans(): { regular: Buffer; bold: Buffer } {
  if (fonts) return fonts;
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  fonts = {
    regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
    bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}
