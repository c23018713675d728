import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findChromium,
  howToGetBrowser,
  planBrowserSetup,
  readDistro,
  type BrowserFacts,
} from '../../harness/browser.mjs';

const present = { path: '/usr/bin/chromium', via: 'debian' } as const;
const facts = (over: Partial<BrowserFacts>): BrowserFacts => ({
  chromium: null,
  font: false,
  distro: 'debian',
  privilege: 'root',
  ...over,
});
const commands = (f: BrowserFacts): string[] =>
  planBrowserSetup(f).steps.map((s) => s.argv.join(' '));

describe('planBrowserSetup: what ensure-browser does on which machine', () => {
  it('does nothing, and warns of nothing, when Chromium and a CJK font are present', () => {
    const plan = planBrowserSetup(facts({ chromium: present, font: true }));
    expect(plan).toEqual({ steps: [], warnings: [], fatal: null });
  });

  it('Debian as root: apt-get update, then installs chromium and the font', () => {
    expect(commands(facts({}))).toEqual([
      'apt-get update',
      'apt-get install -y --no-install-recommends chromium fonts-wqy-microhei',
    ]);
  });

  it('Debian with passwordless sudo: the same through sudo -n', () => {
    expect(commands(facts({ privilege: 'sudo' }))).toEqual([
      'sudo -n apt-get update',
      'sudo -n apt-get install -y --no-install-recommends chromium fonts-wqy-microhei',
    ]);
  });

  it('Debian as root with Chromium present: installs only the font', () => {
    expect(commands(facts({ chromium: present }))).toEqual([
      'apt-get update',
      'apt-get install -y --no-install-recommends fonts-wqy-microhei',
    ]);
  });

  it('Ubuntu as root: the font by apt, Chromium by Playwright (its deb is a snap shim)', () => {
    expect(commands(facts({ distro: 'ubuntu' }))).toEqual([
      'apt-get update',
      'apt-get install -y --no-install-recommends fonts-wqy-microhei',
      'npx playwright install --with-deps chromium',
    ]);
  });

  it('Debian without root or sudo: Playwright download, and the font command as a warning', () => {
    const plan = planBrowserSetup(facts({ privilege: 'none' }));
    expect(plan.steps.map((s) => s.argv.join(' '))).toEqual(['npx playwright install chromium']);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toContain('sudo apt-get install -y fonts-wqy-microhei');
    expect(plan.fatal).toBeNull();
  });

  it('not Debian (even as root): Playwright download, never apt', () => {
    const plan = planBrowserSetup(facts({ distro: 'other', font: true }));
    expect(plan.steps.map((s) => s.argv.join(' '))).toEqual(['npx playwright install chromium']);
    expect(plan.warnings).toEqual([]);
  });

  it('Chromium present but no font and no way to install it: a warning, no steps', () => {
    const plan = planBrowserSetup(facts({ chromium: present, distro: 'other' }));
    expect(plan.steps).toEqual([]);
    expect(plan.warnings[0]).toContain('fc-list :lang=zh');
  });

  it('a CHROMIUM_PATH that does not exist is an error naming it, never replaced silently', () => {
    const plan = planBrowserSetup(facts({ chromiumPathEnv: '/opt/nope/chrome', font: true }));
    expect(plan.steps).toEqual([]);
    expect(plan.fatal).toBe(
      'CHROMIUM_PATH=/opt/nope/chrome does not exist: point it at a Chromium, or unset it.',
    );
  });
});

describe('the facts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'livepace-browser-'));
  const osRelease = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it.runIf(process.platform === 'linux')('reads the distribution from os-release', () => {
    expect(readDistro(osRelease('debian', 'NAME="Debian GNU/Linux"\nID=debian\n'))).toBe('debian');
    expect(readDistro(osRelease('ubuntu', 'ID=ubuntu\nID_LIKE=debian\n'))).toBe('ubuntu');
    expect(readDistro(osRelease('mint', 'ID=linuxmint\nID_LIKE="ubuntu debian"\n'))).toBe('ubuntu');
    expect(readDistro(osRelease('fedora', 'ID=fedora\n'))).toBe('other');
    expect(readDistro(join(dir, 'absent'))).toBe('other');
  });

  it('CHROMIUM_PATH wins when it exists and yields nothing when it does not', () => {
    const fake = osRelease('chrome', '');
    expect(findChromium({ CHROMIUM_PATH: fake })).toEqual({ path: fake, via: 'CHROMIUM_PATH' });
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'missing-chrome') })).toBeNull();
  });

  it('the last-resort message names the exact commands for the machine', () => {
    expect(howToGetBrowser('debian')).toContain(
      'sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei',
    );
    expect(howToGetBrowser('other')).toContain('npx playwright install --with-deps chromium');
  });
});
