import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Res } from '../../messaging';
import { callChecked } from '../../messaging/checked';
import type { TeamView } from '../../sync/types';

export type SyncReply = Res<'syncGet'>;

/** Refresh period while the tab is open: relative times and other machines' pulls move on. */
export const TEAM_REFRESH_MS = 30_000;

export interface TeamData {
  sync: SyncReply | null;
  view: TeamView | null;
  /** The instant the data was read: relative times are computed against it. */
  now: string;
  error: string | null;
  reload: () => Promise<void>;
  /** Adopts a status the worker just returned (立即同步) without waiting for the next read. */
  setSync: (r: SyncReply) => void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The 团队 tab's data: sync config + status and the team view, read again whenever extension
 * storage changes (the worker records its rounds there) and every 30 s while the tab is open.
 * A failing team view never hides the settings: each part keeps its own result.
 */
export function useTeamData(): TeamData {
  const [sync, setSync] = useState<SyncReply | null>(null);
  const [view, setView] = useState<TeamView | null>(null);
  const [now, setNow] = useState(() => new Date().toISOString());
  const [error, setError] = useState<string | null>(null);
  // Reads may overlap (a storage change during a read): only the latest one's answer is shown.
  const seq = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    const [s, v] = await Promise.allSettled([
      callChecked('syncGet', {}),
      callChecked('teamView', {}),
    ]);
    if (mine !== seq.current) return;
    setNow(new Date().toISOString());
    if (s.status === 'fulfilled') setSync(s.value);
    if (v.status === 'fulfilled') setView(v.value);
    const failed = [s, v].find((r) => r.status === 'rejected');
    setError(failed && failed.status === 'rejected' ? message(failed.reason) : null);
  }, []);
  useEffect(() => {
    void reload();
    const onChanged = (): void => void reload();
    browser.storage.onChanged.addListener(onChanged);
    // A timer as well: relative times age, and nothing in storage marks the minutes passing.
    const timer = setInterval(onChanged, TEAM_REFRESH_MS);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearInterval(timer);
    };
  }, [reload]);
  return { sync, view, now, error, reload, setSync };
}
