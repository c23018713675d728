// What the demo, bench and e2e suite need from the machine (a Chromium that loads unpacked
// extensions, a CJK font so Chinese text does not render as boxes) and the decision what to do
// when one is missing. Plain ESM without dependencies, so it runs before tsx, vite or even
// node_modules are there. `planBrowserSetup` is pure: tests/unit/cli/ensure-browser.test.ts
// checks every branch without touching the machine. scripts/ensure-browser.mjs carries it out.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where Debian's `chromium` package (and Ubuntu's snap shim) put the browser. */
export const DEBIAN_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** CJK fonts we know by path (WenQuanYi, Noto CJK on Debian and Fedora, macOS's PingFang). */
export const CJK_FONTS = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
];

export const APT_CHROMIUM = 'chromium';
export const APT_FONT = 'fonts-wqy-microhei';

/** Playwright's own download (~/.cache/ms-playwright/…), when node_modules has Playwright. */
function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Finds a Chromium that still loads unpacked extensions from the command line: branded
 * Google Chrome stopped honouring --load-extension (Chrome 137+), so we never look for it.
 * An explicit CHROMIUM_PATH wins, and a missing one is not silently replaced by another.
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, via: 'CHROMIUM_PATH' } : null;
  const debian = DEBIAN_CHROMIUM.find((p) => existsSync(p));
  if (debian) return { path: debian, via: 'debian' };
  const cached = playwrightChromium();
  return cached ? { path: cached, via: 'playwright-cache' } : null;
}

/** True when a known CJK font file exists, else when fontconfig lists a Chinese font. */
export function hasCjkFont() {
  if (CJK_FONTS.some((p) => existsSync(p))) return true;
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** 'ubuntu' (and its derivatives), 'debian', or 'other' (other Linux, macOS, Windows). */
export function readDistro(osRelease = '/etc/os-release') {
  if (process.platform !== 'linux') return 'other';
  let text;
  try {
    text = readFileSync(osRelease, 'utf8');
  } catch {
    return 'other';
  }
  const ids = [...text.matchAll(/^(?:ID|ID_LIKE)=["']?([^"'\n]*)/gm)].map((m) => m[1]).join(' ');
  // Ubuntu says ID_LIKE=debian, so it is checked first: its `chromium` package is a snap shim.
  if (/\bubuntu\b/.test(ids)) return 'ubuntu';
  return /\bdebian\b/.test(ids) ? 'debian' : 'other';
}

/** 'root', 'sudo' (passwordless: `sudo -n true` succeeds) or 'none'. */
export function readPrivilege() {
  if (process.getuid?.() === 0) return 'root';
  const r = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return r.status === 0 ? 'sudo' : 'none';
}

const sudoPrefix = (privilege) =>
  privilege === 'root' ? [] : privilege === 'sudo' ? ['sudo', '-n'] : null;

/**
 * What to run, in order, to get what is missing. apt (Debian's `chromium`, and the font on
 * Debian or Ubuntu) when we may install system packages; Playwright's download for Chromium
 * otherwise (and on Ubuntu, whose `chromium` deb is a snap shim that containers cannot run).
 * A missing font alone is a warning: tests assert text, only screenshots need the glyphs.
 */
export function planBrowserSetup(facts) {
  const plan = { steps: [], warnings: [], fatal: null };
  if (facts.chromiumPathEnv && !facts.chromium) {
    plan.fatal = `CHROMIUM_PATH=${facts.chromiumPathEnv} does not exist: point it at a Chromium, or unset it.`;
    return plan;
  }
  const needChromium = !facts.chromium;
  if (!needChromium && facts.font) return plan;
  const sudo = sudoPrefix(facts.privilege);
  const canApt = sudo !== null && facts.distro !== 'other';
  const packages = [];
  if (canApt && needChromium && facts.distro === 'debian') packages.push(APT_CHROMIUM);
  if (canApt && !facts.font) packages.push(APT_FONT);
  if (packages.length > 0) {
    plan.steps.push({ kind: 'apt', argv: [...sudo, 'apt-get', 'update'] });
    const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];
    plan.steps.push({ kind: 'apt', argv: [...sudo, ...install] });
  }
  if (needChromium && !packages.includes(APT_CHROMIUM)) {
    // --with-deps lets Playwright apt-install the libraries its Chromium links against.
    const deps = canApt ? ['--with-deps'] : [];
    plan.steps.push({
      kind: 'playwright',
      argv: ['npx', 'playwright', 'install', ...deps, 'chromium'],
    });
  }
  if (!facts.font && !canApt) plan.warnings.push(fontAdvice(facts.distro));
  return plan;
}

function fontAdvice(distro) {
  const how =
    distro === 'other'
      ? 'install a CJK font (e.g. Noto Sans CJK; `fc-list :lang=zh` should then list it)'
      : `run: sudo apt-get update && sudo apt-get install -y ${APT_FONT}`;
  return `找不到中文字体 No CJK font: Chinese text renders as boxes in screenshots. To fix, ${how}.`;
}

/** The one message for a machine where nothing we tried produced a Chromium. */
export function howToGetBrowser(distro = 'other') {
  const first =
    distro === 'debian'
      ? `  sudo apt-get update && sudo apt-get install -y ${APT_CHROMIUM} ${APT_FONT}`
      : '  npx playwright install --with-deps chromium';
  return [
    '找不到 Chromium。 No Chromium found, and it could not be installed automatically. Run:',
    first,
    'then run the same npm command again. Or point CHROMIUM_PATH at a Chromium you have',
    '(CHROMIUM_PATH=/path/to/chromium npm test). Branded Google Chrome does not work: it',
    'ignores --load-extension since Chrome 137; use Chromium or Chrome for Testing.',
  ].join('\n');
}
