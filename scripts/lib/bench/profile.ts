/**
 * CPU time of a console tab by script URL, from a CDP Profiler (V8 sampling) profile.
 *
 * Content scripts run in isolated worlds of the same V8 isolate as the page, and the MAIN-world
 * tap runs in the page's own world; all of them carry `chrome-extension://<id>/…` URLs on their
 * frames, so one profile of the tab's renderer covers the page and every LivePace script in it.
 * A sample's time (the gap to the next sample) is charged to the nearest frame on its stack
 * that has a URL: a builtin (JSON.parse, a regex, postMessage) is charged to the script that
 * called it — except the page's own fetch() and XHR open() that our tap wraps: the wrapper only
 * forwards them, and the page pays them with or without LivePace, so a PASS_THROUGH builtin
 * called by one of our frames is charged to the page frame below ours that called it (our
 * wrapper's own frames stay ours). Samples with no scripted frame at all — (program), (garbage collector) — are
 * 'unattributed'; (idle) is not CPU time and is dropped.
 */
import type { CDPSession } from '@playwright/test';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export type Bucket = 'ours' | 'page' | 'other' | 'unattributed';

export interface CpuShare {
  /** Milliseconds of CPU per bucket over the profile. */
  ms: Record<Bucket, number>;
  /** Milliseconds per `chrome-extension://` script path (which of our scripts costs what). */
  ourScripts: Record<string, number>;
  /**
   * Milliseconds of self time per function of ours (`jd.js fn@line:col`; a builtin our code
   * called shows as `builtin ← fn@line:col`): where our time goes.
   */
  ourFunctions: Record<string, number>;
  /** Wall time the profile covers, ms. */
  spanMs: number;
}

const bucketOf = (url: string): Bucket =>
  url.startsWith('chrome-extension://') ? 'ours' : /^https?:\/\//.test(url) ? 'page' : 'other';

const IDLE = '(idle)';
/** Builtins the tap wraps and merely forwards (src/capture/tap.ts). */
const PASS_THROUGH = new Set(['fetch', 'open']);
const isOurs = (url: string): boolean => url.startsWith('chrome-extension://');

/** Splits a profile's CPU time by the URL of the script each sample was running. */
export function attribute(profile: CpuProfile): CpuShare {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The nearest URL on the stack of each node, memoised (stacks share their prefixes).
  const urlOf = new Map<number, string>();
  const nearestUrl = (id: number): string => {
    const known = urlOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    let url = node?.callFrame.url || (up === undefined ? '' : nearestUrl(up));
    const upUrl = up === undefined ? '' : byId.get(up)?.callFrame.url;
    if (
      node &&
      !node.callFrame.url &&
      PASS_THROUGH.has(node.callFrame.functionName) &&
      upUrl &&
      isOurs(upUrl)
    )
      url = callerBelowOurs(up!) || url;
    urlOf.set(id, url);
    return url;
  };
  /** The nearest URL under a run of our frames (who called our wrapper), '' if none. */
  const callerBelowOurs = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url && !isOurs(url)) return url;
    }
    return '';
  };
  const share: CpuShare = {
    ms: { ours: 0, page: 0, other: 0, unattributed: 0 },
    ourScripts: {},
    ourFunctions: {},
    spanMs: (profile.endTime - profile.startTime) / 1000,
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  const stamps = deltas.map((d) => (t += d));
  samples.forEach((id, i) => {
    const next = i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime;
    const ms = Math.max(0, next - stamps[i]!) / 1000;
    if (byId.get(id)?.callFrame.functionName === IDLE) return;
    const url = nearestUrl(id);
    const bucket: Bucket = url ? bucketOf(url) : 'unattributed';
    share.ms[bucket] += ms;
    if (bucket === 'ours') {
      const path = url.replace(/^chrome-extension:\/\/[^/]+/, '');
      share.ourScripts[path] = (share.ourScripts[path] ?? 0) + ms;
      const fn = functionOf(id, byId, parent);
      share.ourFunctions[fn] = (share.ourFunctions[fn] ?? 0) + ms;
    }
  });
  return share;
}

const frameName = (f: CallFrame): string =>
  `${f.url.replace(/^.*\//, '')} ${f.functionName || '(anonymous)'}@${f.lineNumber ?? 0}:${f.columnNumber ?? 0}`;

/** The sample's own frame, or for a builtin the builtin and the nearest scripted caller. */
function functionOf(
  id: number,
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
): string {
  const own = byId.get(id)?.callFrame;
  if (own?.url) return frameName(own);
  for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)?.callFrame;
    if (f?.url) return `${own?.functionName || '(builtin)'} ← ${frameName(f)}`;
  }
  return own?.functionName || '(unknown)';
}

/** Adds CPU shares of several tabs (or windows) together. */
export function addShares(shares: CpuShare[]): CpuShare {
  const sum: CpuShare = {
    ms: { ours: 0, page: 0, other: 0, unattributed: 0 },
    ourScripts: {},
    ourFunctions: {},
    spanMs: 0,
  };
  for (const s of shares) {
    for (const k of Object.keys(sum.ms) as Bucket[]) sum.ms[k] += s.ms[k];
    for (const [p, ms] of Object.entries(s.ourScripts))
      sum.ourScripts[p] = (sum.ourScripts[p] ?? 0) + ms;
    for (const [f, ms] of Object.entries(s.ourFunctions))
      sum.ourFunctions[f] = (sum.ourFunctions[f] ?? 0) + ms;
    sum.spanMs = Math.max(sum.spanMs, s.spanMs);
  }
  return sum;
}

/** Starts sampling on a tab (call before navigating: the agent restarts it in a new renderer). */
export async function startProfile(cdp: CDPSession, intervalUs = 200): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}
