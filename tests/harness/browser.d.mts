// Types for browser.mjs (plain JS so it runs before tsx; see that file).
export type Distro = 'debian' | 'ubuntu' | 'other';
export type Privilege = 'root' | 'sudo' | 'none';

export interface FoundChromium {
  path: string;
  via: 'CHROMIUM_PATH' | 'debian' | 'playwright-cache';
}

export interface BrowserFacts {
  chromium: FoundChromium | null;
  font: boolean;
  chromiumPathEnv?: string | undefined;
  distro?: Distro | undefined;
  privilege?: Privilege | undefined;
}

export interface SetupStep {
  kind: 'apt' | 'playwright';
  argv: string[];
}

export interface SetupPlan {
  steps: SetupStep[];
  warnings: string[];
  fatal: string | null;
}

export const DEBIAN_CHROMIUM: string[];
export const CJK_FONTS: string[];
export const APT_CHROMIUM: 'chromium';
export const APT_FONT: 'fonts-wqy-microhei';
export function findChromium(env?: NodeJS.ProcessEnv): FoundChromium | null;
export function hasCjkFont(): boolean;
export function readDistro(osRelease?: string): Distro;
export function readPrivilege(): Privilege;
export function planBrowserSetup(facts: BrowserFacts): SetupPlan;
export function howToGetBrowser(distro?: Distro): string;
