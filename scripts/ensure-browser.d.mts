// Types for ensure-browser.mjs (plain JS so it runs before tsx; see that file).
import type { BrowserFacts, FoundChromium } from '../tests/harness/browser.mjs';

export interface EnsureOptions {
  dryRun?: boolean;
  verbose?: boolean;
  assume?: Partial<Record<'chromium' | 'font' | 'distro' | 'privilege', string>>;
}

export type { BrowserFacts, FoundChromium };
export function ensureBrowser(opts?: EnsureOptions): FoundChromium | null;
export default function globalSetup(): void;
