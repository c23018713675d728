import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from '@playwright/test';
import type { ConsolesModule } from '../consoles';
import { launchWithExtension } from '../../../tests/harness/launch';
import { letExtensionUrlsThrough } from '../../../tests/harness/network-guard';
import { measure, median, type Figure } from './figure';
import { cpuFigures } from './cpu-figures';
import {
  addShares,
  attribute,
  startProfile,
  stopProfile,
  type CpuProfile,
  type CpuShare,
} from './profile';

interface JdSlot {
  get(): { gmvFen: number };
  set(p: { gmvFen: number }): void;
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === 'ScriptDuration');
  if (!m) throw new Error('no ScriptDuration metric');
  return m.value;
}

interface ScriptTimes {
  /** Navigation → +10 s: page scripts plus ours, including our one-time startup. */
  total: number;
  /** The last 7 of those 10 s: steady polling, after every script has loaded. */
  steady: number;
  /** CPU by script URL (profile.ts), summed over the tabs: navigation → +10 s, and 3–10 s. */
  cpuTotal: CpuShare;
  cpuSteady: CpuShare;
}

/** LIVEPACE_PROFILE_DIR=<dir>: every raw profile is also written there (for DevTools or a script). */
let dumped = 0;
function dump(profiles: CpuProfile[], ext: boolean, window: string): void {
  const dir = process.env.LIVEPACE_PROFILE_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  profiles.forEach((p, tab) => {
    const name = `${++dumped}-${ext ? 'with' : 'without'}-${window}-tab${tab}.cpuprofile`;
    writeFileSync(join(dir, name), JSON.stringify(p));
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One browser launch: the consoles in tabs, ScriptDuration read at +3 s and +10 s, and a CPU
 * profile per tab over the same two windows (the profiler runs in both the with and the
 * without launches, so its own overhead is in both).
 */
async function scriptTimes(
  mod: ConsolesModule,
  chromium: string,
  urls: string[],
  ext: boolean,
): Promise<ScriptTimes> {
  const context = await launchWithExtension({
    executablePath: chromium,
    headless: true,
    extensionDir: ext ? undefined : null,
  });
  try {
    await mod.serveConsoles(context, { pollMs: 500 });
    if (ext) await letExtensionUrlsThrough(context);
    const sessions: CDPSession[] = [];
    for (const url of urls) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await startProfile(cdp);
      await page.goto(url);
      sessions.push(cdp);
    }
    const sum = async () => {
      let t = 0;
      for (const cdp of sessions) t += await scriptSeconds(cdp);
      return t * 1000;
    };
    const profiles = async () => {
      const out: CpuProfile[] = [];
      for (const cdp of sessions) out.push(await stopProfile(cdp));
      return out;
    };
    await wait(3_000);
    const mid = await sum();
    const first = await profiles();
    dump(first, ext, 'first');
    for (const cdp of sessions) await cdp.send('Profiler.start');
    await wait(7_000);
    const end = await sum();
    const steadyRaw = await profiles();
    dump(steadyRaw, ext, 'steady');
    const steady = steadyRaw.map(attribute);
    const cpuSteady = addShares(steady);
    const whole = first.map((p, i) => addShares([attribute(p), steady[i]!]));
    const cpuTotal = addShares(whole);
    cpuTotal.spanMs = Math.max(...whole.map((s, i) => s.spanMs + (steady[i]?.spanMs ?? 0)));
    return { total: end, steady: end - mid, cpuTotal, cpuSteady };
  } finally {
    await context.close();
  }
}

/**
 * CDP ScriptDuration of the same fixture consoles with and without LivePace, same run,
 * medians. It counts every script the renderer runs for the page, so "with" includes our
 * MAIN-world tap and our isolated-world content script: both are real costs to the seller's
 * tab. Two figures: the whole first 10 s (includes our one-time script compile and start)
 * and the steady state after load (what a long stream pays per second). The CPU profile of
 * the same launches adds four: our scripts' CPU per tab per minute, and as a share of the
 * page's own scripts' CPU (cpuFigures).
 */
export async function overheadFigures(
  mod: ConsolesModule,
  chromium: string,
  urls: string[],
): Promise<Figure[]> {
  const withExt: ScriptTimes[] = [];
  const without: ScriptTimes[] = [];
  const run = measure('console script time with / without LivePace', '×', 1.03, async () => {
    for (let i = 0; i < 3; i += 1) {
      withExt.push(await scriptTimes(mod, chromium, urls, true));
      without.push(await scriptTimes(mod, chromium, urls, false));
    }
    const w = median(withExt.map((x) => x.total));
    const o = median(without.map((x) => x.total));
    return {
      value: w / o,
      runs: [...withExt, ...without].map((x) => x.total),
      note: `ScriptDuration ${w.toFixed(0)} vs ${o.toFixed(0)} ms, first 10 s of ${urls.length} consoles incl. our startup, 3 runs`,
    };
  });
  const total = await run;
  const steady = await measure(
    'console script time with / without LivePace, steady (3–10 s)',
    '×',
    1.03,
    () => {
      if (withExt.length === 0) throw new Error(total.note);
      const w = median(withExt.map((x) => x.steady));
      const o = median(without.map((x) => x.steady));
      return Promise.resolve({
        value: w / o,
        runs: [...withExt, ...without].map((x) => x.steady),
        note: `ScriptDuration ${w.toFixed(0)} vs ${o.toFixed(0)} ms over 7 s after load, polling every 0.5 s`,
      });
    },
  );
  const cpu = await cpuFigures(withExt, without, urls.length, total.note);
  return [total, steady, ...cpu];
}

/** Value change on the console → stored → badge redrawn, measured inside the page. */
export function badgeLagFigure(context: BrowserContext, jd: JdSlot, url: string): Promise<Figure> {
  return measure('value change → stored → badge', 'ms', 1000, async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page
      .locator('[data-livepace-badge="jd"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(3000);
    await page.evaluate(() => {
      const w = window as unknown as { __lp: { t: number; text: string }[] };
      const root = document.querySelector('[data-livepace-badge="jd"]')!.shadowRoot!;
      w.__lp = [];
      new MutationObserver(() =>
        w.__lp.push({ t: performance.now(), text: root.textContent ?? '' }),
      ).observe(root, { subtree: true, childList: true, characterData: true });
    });
    const runs: number[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const before = await page.evaluate(
        () => document.querySelector('[data-livepace-badge="jd"]')!.shadowRoot!.textContent ?? '',
      );
      const response = page.waitForResponse((r) => r.url().includes('generalData'));
      jd.set({ gmvFen: jd.get().gmvFen + 50_000 * i });
      await response;
      const lag = await page.waitForFunction(
        (prev) => {
          const w = window as unknown as { __lp: { t: number; text: string }[] };
          const polls = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('generalData'));
          const arrived = (polls.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd;
          const hit = w.__lp.find(
            (c) => arrived !== undefined && c.t >= arrived && c.text !== prev,
          );
          return hit && arrived !== undefined ? hit.t - arrived : null;
        },
        before,
        { timeout: 15_000 },
      );
      runs.push((await lag.jsonValue()) as number);
    }
    await page.close();
    return {
      value: median(runs),
      runs,
      note: '5 changes; console response end → badge text changed',
    };
  });
}
