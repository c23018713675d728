import { z } from 'zod';
import {
  DbNameSchema,
  MachineSchema,
  ServerUrlSchema,
  SyncPatchSchema,
} from '../messaging/schemas/sync';
import type { SyncConfig } from './types';

/** chrome.storage.local key of the team sync config (the worker's; options reads it by message). */
export const SYNC_CONFIG_KEY = 'livepace:sync';

export const SyncConfigSchema = z.strictObject({
  enabled: z.boolean(),
  url: z.union([z.literal(''), ServerUrlSchema]),
  db: z.union([z.literal(''), DbNameSchema]),
  username: z.string().max(200),
  password: z.string().max(500),
  machine: MachineSchema,
});

export type SyncPatch = z.infer<typeof SyncPatchSchema>;

/** Lower-case ASCII slug of a machine name ("直播间 A" → "a"), or "pc" when nothing is left. */
export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24) || 'pc';

/** A new machine: its id never changes afterwards, even when the seller renames it. */
export function newMachine(
  name: string,
  random: () => number = Math.random,
): SyncConfig['machine'] {
  const hex = Array.from({ length: 8 }, () => Math.floor(random() * 16).toString(16)).join('');
  return { id: `${slug(name)}-${hex}`, name };
}

export const defaultSyncConfig = (random?: () => number): SyncConfig => ({
  enabled: false,
  url: '',
  db: '',
  username: '',
  password: '',
  machine: newMachine('本机', random),
});

/**
 * The stored config, or a new default when none is stored; a stored copy that no longer parses
 * is kept as `problem` (and sync stays off) rather than silently replaced.
 */
export function readSyncConfig(
  stored: unknown,
  random?: () => number,
): { config: SyncConfig; problem: string | null; fresh: boolean } {
  if (stored === undefined)
    return { config: defaultSyncConfig(random), problem: null, fresh: true };
  const r = SyncConfigSchema.safeParse(stored);
  if (r.success) return { config: r.data, problem: null, fresh: false };
  const keep =
    typeof stored === 'object' && stored !== null && 'machine' in stored ? stored.machine : null;
  const machine = MachineSchema.safeParse(keep);
  return {
    config: { ...defaultSyncConfig(random), ...(machine.success ? { machine: machine.data } : {}) },
    problem: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    fresh: false,
  };
}

/** The config after a patch: only the fields sent change; a rename keeps the machine id. */
export function applySyncPatch(cur: SyncConfig, patch: SyncPatch): SyncConfig {
  const next: SyncConfig = { ...cur, machine: { ...cur.machine } };
  if (patch.url !== undefined) next.url = patch.url.replace(/\/+$/, '');
  if (patch.db !== undefined) next.db = patch.db;
  if (patch.username !== undefined) next.username = patch.username;
  if (patch.password !== undefined) next.password = patch.password;
  if (patch.machineName !== undefined) next.machine.name = patch.machineName;
  if (patch.enabled !== undefined) next.enabled = patch.enabled;
  return next;
}

/** Why the config cannot be enabled, or null when it can. */
export function cannotEnable(c: SyncConfig): { zh: string; en: string } | null {
  if (!c.url) return { zh: '请填写服务器地址', en: 'Enter the server URL' };
  if (!c.db) return { zh: '请填写数据库名', en: 'Enter the database name' };
  return null;
}

/** The origin pattern Chrome must grant: exactly the server's origin. */
export const originPattern = (url: string): string => `${new URL(url).origin}/*`;

/** What the options page sees: never the password. */
export const configView = (c: SyncConfig) => ({
  enabled: c.enabled,
  url: c.url,
  db: c.db,
  username: c.username,
  hasPassword: c.password.length > 0,
  machine: c.machine,
});
