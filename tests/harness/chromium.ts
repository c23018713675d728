// The Chromium lookup lives in browser.mjs (plain JS, so scripts/ensure-browser.mjs can run it
// before tsx is involved); TypeScript callers keep importing it from here.
import { findChromium, howToGetBrowser, readDistro, type FoundChromium } from './browser.mjs';

export { findChromium, type FoundChromium };

/** What to tell a person whose machine has no usable Chromium (tailored to the distribution). */
export const HOW_TO_GET_CHROMIUM = howToGetBrowser(readDistro());
