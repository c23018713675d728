// npm run icons — renders assets/icon.svg (the source) to public/icon/<size>.png (the files
// the manifest points at, copied as they are). Chromium draws the SVG, so no image library.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parseArgs } from './lib/args';
import { ensureChromium } from './lib/build';

const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { out: 'public/icon' });
  const svg = readFileSync(resolve('assets/icon.svg')).toString('base64');
  const browser = await chromium.launch({
    executablePath: ensureChromium().path,
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true });
      const file = join(resolve(args.out), `${size}.png`);
      writeFileSync(file, png);
      console.log(`${file} (${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
