/**
 * The page-cost rows from CPU profiles (profile.ts): LivePace's own scripts' CPU on a console
 * tab, in ms per minute, and as a share of the page's own scripts' CPU in the same launch.
 * The launches without the extension give the page's own CPU as a baseline in the note.
 */
import { measure, median, type Figure } from './figure';
import type { CpuShare } from './profile';

interface Runs {
  cpuTotal: CpuShare;
  cpuSteady: CpuShare;
}

type Window = 'cpuTotal' | 'cpuSteady';
const LABEL: Record<Window, string> = { cpuTotal: 'first 10 s', cpuSteady: 'steady (3–10 s)' };

const perMinute = (ms: number, s: CpuShare, tabs: number): number =>
  ms / tabs / (s.spanMs / 60_000);

/** Our scripts by path (`/content-scripts/jd.js` …), ms per minute per tab, medians. */
function byScript(runs: Runs[], w: Window, tabs: number): string {
  const paths = new Set(runs.flatMap((r) => Object.keys(r[w].ourScripts)));
  return [...paths]
    .map((p) => {
      const v = median(runs.map((r) => perMinute(r[w].ourScripts[p] ?? 0, r[w], tabs)));
      return `${p.replace('/content-scripts/', '')} ${v.toFixed(0)}`;
    })
    .join(', ');
}

/** Our functions by self time, ms per minute per tab, mean over the launches: the top `n`. */
function topFunctions(runs: Runs[], w: Window, tabs: number, n = 8): string {
  const sum = new Map<string, number>();
  for (const r of runs)
    for (const [f, ms] of Object.entries(r[w].ourFunctions))
      sum.set(f, (sum.get(f) ?? 0) + perMinute(ms, r[w], tabs) / runs.length);
  return [...sum]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([f, v]) => `${f} ${v.toFixed(0)}`)
    .join(', ');
}

function rows(
  withExt: Runs[],
  without: Runs[],
  tabs: number,
  w: Window,
  why: string,
): Promise<Figure>[] {
  const check = (): void => {
    if (withExt.length === 0) throw new Error(why);
    // Content scripts must show up in the profile, or the share below would be a silent 0.
    if (withExt.some((r) => r[w].ms.ours === 0))
      throw new Error('no chrome-extension:// frames in a with-extension profile');
    if (without.some((r) => r[w].ms.ours > 0))
      throw new Error('chrome-extension:// frames in a profile without the extension');
  };
  const pageMin = (rs: Runs[]) => median(rs.map((r) => perMinute(r[w].ms.page, r[w], tabs)));
  const ours = measure(
    `console CPU by LivePace scripts, ms per minute per tab, ${LABEL[w]}`,
    'ms/min',
    null,
    () => {
      check();
      const runs = withExt.map((r) => perMinute(r[w].ms.ours, r[w], tabs));
      const other = median(withExt.map((r) => perMinute(r[w].ms.unattributed, r[w], tabs)));
      return Promise.resolve({
        value: median(runs),
        runs,
        note:
          `CPU profile, ${tabs} console tabs, 3 launches; by script: ${byScript(withExt, w, tabs)}; ` +
          `page's own ${pageMin(withExt).toFixed(0)} ms/min with LivePace, ` +
          `${pageMin(without).toFixed(0)} without; (program)+GC ${other.toFixed(0)} with; ` +
          `top self time (mean): ${topFunctions(withExt, w, tabs)}`,
      });
    },
  );
  const ratio = measure(
    `console CPU, LivePace scripts ÷ page's own scripts, ${LABEL[w]}`,
    '×',
    0.03,
    () => {
      check();
      const runs = withExt.map((r) => r[w].ms.ours / r[w].ms.page);
      return Promise.resolve({
        value: median(runs),
        runs,
        note: `same launches; 0.03 = the issue's ≤ 1.03 × budget as our share of the page's own CPU`,
      });
    },
  );
  return [ours, ratio];
}

export async function cpuFigures(
  withExt: Runs[],
  without: Runs[],
  tabs: number,
  why: string,
): Promise<Figure[]> {
  return Promise.all([
    ...rows(withExt, without, tabs, 'cpuTotal', why),
    ...rows(withExt, without, tabs, 'cpuSteady', why),
  ]);
}
