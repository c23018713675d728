import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from '../harness/launch';

/**
 * Size budget of the built content scripts (issue 16), gzip level 9 as `npm run bench`
 * measures. Deterministic (bytes, not time), so it runs with the e2e suite after the build.
 * Each script ≤ 15 KB; the top frame of a console runs its capture script plus badge.js,
 * together ≤ 22 KB (21.3 KB at most, douyin, when this was written: a guard against regrowth).
 * picker.js (点选, loaded on demand) is kept out of every console script.
 */
const KB = 1024;
const PER_SCRIPT = 15 * KB;
const TOP_FRAME = 22 * KB;
const dir = join(EXTENSION_DIR, 'content-scripts');
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

test('every content script is within 15 KB gzip; capture + badge within 22 KB', () => {
  const sizes = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f.replace(/\.js$/, ''), gz(join(dir, f))]),
  );
  console.log(
    Object.entries(sizes)
      .map(([n, b]) => `${n} ${(b / KB).toFixed(1)} KB`)
      .join(', '),
  );
  // The consoles' scripts and the badge are all there (a missing file must not pass).
  expect(Object.keys(sizes).sort()).toEqual(
    ['alibaba', 'badge', 'channels', 'douyin', 'jd', 'tap'].sort(),
  );
  for (const [name, bytes] of Object.entries(sizes)) {
    expect(bytes, `${name}.js gzip bytes`).toBeLessThanOrEqual(PER_SCRIPT);
  }
  const badge = sizes.badge!;
  for (const name of ['alibaba', 'channels', 'douyin', 'jd']) {
    expect(sizes[name]! + badge, `${name}.js + badge.js gzip bytes`).toBeLessThanOrEqual(TOP_FRAME);
  }
});

test('the 点选 picker is a separate file, not in any content script', () => {
  const picker = readFileSync(join(EXTENSION_DIR, 'picker.js'), 'utf8');
  expect(picker).toContain('pick-overlay');
  for (const f of readdirSync(dir)) {
    expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('pick-overlay');
  }
});
