import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure';
import { measure } from './figure';

const gzKb = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const files = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));

/** Bundle and package sizes of the built extension (`wxt zip` must have run). */
export async function sizeFigures(outDir: string, version: string): Promise<Figure[]> {
  const ext = join(outDir, 'chrome-mv3');
  return [
    await measure('content script (largest, gzip)', 'KB', 15, async () => {
      const scripts = files(join(ext, 'content-scripts'));
      const sizes = scripts.map((f) => ({ f, kb: gzKb(f) }));
      const top = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
      return {
        value: top.kb,
        note: sizes.map((s) => `${s.f.split('/').pop()} ${s.kb.toFixed(1)}`).join(', '),
      };
    }),
    // A console's top frame runs its capture script and badge.js (the badge, top frame only).
    await measure('console top frame: capture + badge (largest, gzip)', 'KB', null, async () => {
      const dir = join(ext, 'content-scripts');
      const badge = gzKb(join(dir, 'badge.js'));
      const capture = files(dir)
        .filter((f) => !/\/(badge|tap)\.js$/.test(f))
        .map((f) => ({ f, kb: gzKb(f) + badge }));
      const top = capture.reduce((a, b) => (b.kb > a.kb ? b : a));
      const picker = gzKb(join(ext, 'picker.js'));
      const name = top.f.split('/').pop();
      return { value: top.kb, note: `${name} + badge.js; picker.js ${picker.toFixed(1)} on 点选` };
    }),
    ...(await popupSizes(ext)),
    await measure('Chrome zip', 'KB', 250, async () => {
      const zip = join(outDir, `livepace-${version}-chrome.zip`);
      return { value: statSync(zip).size / 1024, note: zip };
    }),
  ];
}

/**
 * The popup's JS: what its first paint runs (popup.html's entry chunk and the chunks it links)
 * and everything the popup loads (plus the app chunk the entry imports, and that chunk's deps,
 * listed in the entry's `__vite__mapDeps`).
 */
async function popupSizes(ext: string): Promise<Figure[]> {
  const chunks = files(join(ext, 'chunks'));
  const name = (f: string) => f.split('/').pop()!;
  const html = readFileSync(join(ext, 'popup.html'), 'utf8');
  const first = chunks.filter((f) => html.includes(name(f)));
  const entry = first.find((f) => /\/popup-[^/]*\.js$/.test(f));
  const deps = entry ? (readFileSync(entry, 'utf8').match(/__vite__mapDeps=[^;]*/)?.[0] ?? '') : '';
  const all = chunks.filter((f) => first.includes(f) || deps.includes(name(f)));
  const sum = (fs: string[]) => fs.reduce((s, f) => s + gzKb(f), 0);
  const need = () => {
    if (!entry) throw new Error('no popup entry chunk linked from popup.html');
  };
  return [
    await measure('popup JS (gzip, own chunk + shared)', 'KB', null, async () => {
      need();
      return { value: sum(all), note: `${all.length} chunk(s): ${all.map(name).join(', ')}` };
    }),
    await measure('popup first-paint JS (gzip)', 'KB', null, async () => {
      need();
      return { value: sum(first), note: `popup.html's own: ${first.map(name).join(', ')}` };
    }),
  ];
}
