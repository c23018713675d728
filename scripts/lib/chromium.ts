import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundChromium {
  path: string;
  via: 'CHROMIUM_PATH' | 'debian' | 'playwright-cache';
}

const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Finds a Chromium that still loads unpacked extensions from the command line: branded
 * Google Chrome stopped honouring --load-extension (Chrome 137+), so we never look for it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, via: 'CHROMIUM_PATH' } : null;
  const debian = DEBIAN_PATHS.find((p) => existsSync(p));
  if (debian) return { path: debian, via: 'debian' };
  // Playwright knows where its own download of Chromium lives (~/.cache/ms-playwright/...).
  const cached = chromium.executablePath();
  if (cached && existsSync(cached)) return { path: cached, via: 'playwright-cache' };
  return null;
}

/** What to tell a person whose machine has no usable Chromium. */
export const HOW_TO_GET_CHROMIUM = [
  '找不到 Chromium。 No Chromium found. Any one of these works:',
  '  • Debian/Ubuntu:   sudo apt-get install -y chromium fonts-wqy-microhei',
  '  • Playwright:      npx playwright install chromium',
  '  • Your own build:  CHROMIUM_PATH=/path/to/chromium npm run demo',
  'Branded Google Chrome no longer loads unpacked extensions from the command line',
  '(--load-extension is ignored since Chrome 137): use Chromium or Chrome for Testing.',
].join('\n');
