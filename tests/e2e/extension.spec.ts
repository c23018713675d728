/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { EXTENSION_DIR, isWorkerRunning } from '../harness/launch';
import { builtFiles, remoteSinksIn } from './support/bundle-scan';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  content_security_policy?: Record<string, string>;
  web_accessible_resources?: { matches?: string[] }[];
  externally_connectable?: unknown;
  background?: { service_worker?: string };
}

const CONSOLE_MATCHES = [
  'https://channels.weixin.qq.com/*',
  'https://jlive.jd.com/*',
  'https://*.1688.com/*',
  // Douyin (CONSOLES.md): 罗盘, 百应, 抖店's embedded 百应.
  'https://compass.jinritemai.com/*',
  'https://buyin.jinritemai.com/*',
  'https://fxg.jinritemai.com/*',
].sort();

const readManifest = (): Manifest =>
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

test('the built extension loads and its service worker runs', async ({ extensionId, worker }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const sw = await worker();
  expect(sw.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  // The worker is a live extension context, not just a registered URL.
  const id = await sw.evaluate(() => chrome.runtime.id);
  expect(id).toBe(extensionId);
});

test('the manifest asks only for storage, alarms, notifications and the console hosts (team sync: optional, asked per server)', async ({
  worker,
}) => {
  const onDisk = readManifest();
  const loaded = (await (await worker()).evaluate(() => chrome.runtime.getManifest())) as Manifest;
  for (const m of [onDisk, loaded]) {
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
    // Optional: nothing is granted at install; options asks for the one team server's origin.
    expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect([...(m.host_permissions ?? [])].sort()).toEqual(CONSOLE_MATCHES);
    for (const cs of m.content_scripts ?? []) {
      // A content script may match a narrower path of a console host (Douyin's pages).
      for (const match of cs.matches ?? [])
        expect(CONSOLE_MATCHES.filter((h) => match.startsWith(h.slice(0, -1)))).toHaveLength(1);
    }
    for (const war of m.web_accessible_resources ?? []) {
      for (const match of war.matches ?? []) expect(CONSOLE_MATCHES).toContain(match);
    }
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  }
  // What Chrome actually granted at install: the console hosts, none of the optional origins.
  const granted = (await (await worker()).evaluate(() => chrome.permissions.getAll())) as {
    origins?: string[];
  };
  // Chrome lists content-script matches too (narrower paths of the same hosts).
  const origins = granted.origins ?? [];
  for (const h of CONSOLE_MATCHES) expect(origins).toContain(h);
  for (const o of origins)
    expect(CONSOLE_MATCHES.filter((h) => o.startsWith(h.slice(0, -1)))).toHaveLength(1);
  expect(origins).not.toContain('https://*/*');
  expect(origins).not.toContain('http://*/*');
});

test('no remote code: strict CSP, and no bundle loads or fetches a remote URL', () => {
  // Declared explicitly (a missing CSP must fail here, not pass as "nothing remote").
  const csp = readManifest().content_security_policy ?? {};
  expect(csp).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  expect(Object.values(csp).join(' ')).not.toMatch(/https?:|wss?:|unsafe-eval|\*/);
  const files = builtFiles(EXTENSION_DIR);
  expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
  expect(files.some((f) => f.endsWith('popup.html'))).toBe(true);
  expect(remoteSinksIn(files)).toEqual([]);
  // The bench's counters are only in its own build (wxt.config.ts, LIVEPACE_BENCH).
  expect(files.filter((f) => readFileSync(f, 'utf8').includes('__livepaceStats'))).toEqual([]);
});

test('the popup opens in Chinese without console errors', async ({ openPopup, pageErrors }) => {
  const popup = await openPopup();
  await popup.waitForLoadState('load');
  await expect(popup).toHaveTitle(/开播进度/);
  await expect(popup.locator('body')).toContainText('开播进度');
  expect(pageErrors).toEqual([]);
});

test('stopping the service worker really stops it (used by the reliability tests)', async ({
  context,
  extensionId,
  worker,
  stopWorker,
}) => {
  expect(await isWorkerRunning(context, extensionId)).toBe(true);
  await (await worker()).evaluate(() => chrome.runtime.id);
  await stopWorker();
  expect(await isWorkerRunning(context, extensionId)).toBe(false);
});
