/**
 * Which views changed after an evaluation. The popup shows every platform and listens to
 * VIEW_UPDATED_KEY, bumped after every evaluation; a console tab's badge shows one platform and
 * listens to that platform's key only (platformViewKey), bumped only when what the badge would
 * fetch for it (`view` with `{ platform }`: its accounts, health and insights) is not what it
 * was. So a JD tab does not re-fetch when a Channels tab's reading was evaluated, nor when an
 * evaluation left its figures as they were.
 */
import { PLATFORMS, type Platform } from '../platforms/ids';
import type { Health } from '../messaging';
import type { AccountInsight } from '../messaging/schemas/insight';
import { platformViewKey, VIEW_UPDATED_KEY } from '../messaging/keys';
import type { Evaluation } from '../rules/result';

export interface ViewParts {
  evaluation: Evaluation;
  health: readonly Health[];
  insights: readonly AccountInsight[];
}

/** What a badge of `platform` shows of a view, as one comparable string. */
export function platformSignature(v: ViewParts, platform: Platform): string {
  const mine = <T extends { platform: string }>(xs: readonly T[]) =>
    xs.filter((x) => x.platform === platform);
  return JSON.stringify([
    v.evaluation.packVersions,
    mine(v.evaluation.accounts),
    mine(v.health),
    mine(v.insights),
  ]);
}

/**
 * A function from each evaluation's view to the storage.local entries to write: the popup's
 * key always, a platform's key only when its signature changed (and for every platform the
 * first time). Values are unique per worker (`stamp`), so storage.onChanged always fires.
 */
export function createViewSignal(): (v: ViewParts, stamp: string) => Record<string, string> {
  const last = new Map<Platform, string>();
  return (v, stamp) => {
    const out: Record<string, string> = { [VIEW_UPDATED_KEY]: stamp };
    for (const p of PLATFORMS) {
      const sig = platformSignature(v, p);
      if (last.get(p) === sig) continue;
      last.set(p, sig);
      out[platformViewKey(p)] = stamp;
    }
    return out;
  };
}
