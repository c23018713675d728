import { useCallback, useEffect, useState } from 'preact/hooks';
import { callChecked } from '../../messaging/checked';
import type { Res } from '../../messaging';
import type { Account, Platform } from '../../history/model';
import type { Lang } from '../i18n';

export type SettingsData = Res<'getSettings'>;
export type AccountRef = { platform: Platform; accountId: string };

export const refOf = (a: Account): AccountRef => ({ platform: a.platform, accountId: a.accountId });
export const keyOf = (a: AccountRef): string => `${a.platform}:${a.accountId}`;

/** Options-page data: settings and accounts, reloaded after every change. */
export function useSettings(): {
  data: SettingsData | null;
  error: string | null;
  reload: () => Promise<void>;
  lang: Lang;
} {
  const [data, setData] = useState<SettingsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await callChecked('getSettings', {}));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { data, error, reload, lang: data?.global.language ?? 'zh' };
}

/** Saves a file the seller can keep: Blob + a temporary <a download>. */
export function download(filename: string, mime: string, text: string | BlobPart[]): void {
  // Parts as they arrived: a 100 MB export is never joined into one string here.
  const url = URL.createObjectURL(new Blob(Array.isArray(text) ? text : [text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs an async action, reporting "saved" or the error in one status string. */
export function useAction(): [string | null, (fn: () => Promise<string | void>) => Promise<void>] {
  const [status, setStatus] = useState<string | null>(null);
  const run = async (fn: () => Promise<string | void>): Promise<void> => {
    try {
      setStatus((await fn()) ?? 'ok');
    } catch (e) {
      setStatus(`error:${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return [status, run];
}
