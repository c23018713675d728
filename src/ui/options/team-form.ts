/**
 * The 团队同步 form as data (issue #12): what the seller typed becomes a patch of only the
 * fields that changed (never a stale copy written back); the password is sent only when typed.
 */
import { z } from 'zod';
import type { Req } from '../../messaging';
import { DbNameSchema, ServerUrlSchema, SyncConfigViewSchema } from '../../messaging/schemas/sync';
import { t, type Lang } from '../i18n';

export type SyncConfigView = z.infer<typeof SyncConfigViewSchema>;
export type SyncPatch = Req<'syncSet'>;

export interface SyncForm {
  url: string;
  db: string;
  username: string;
  /** Empty = keep the saved one. */
  password: string;
  machineName: string;
}

export const formOf = (c: SyncConfigView): SyncForm => ({
  url: c.url,
  db: c.db,
  username: c.username,
  password: '',
  machineName: c.machine.name,
});

/** "https://couch.example.com/" → "https://couch.example.com" (the contract: no trailing slash). */
export const normalUrl = (s: string): string => s.trim().replace(/\/+$/, '');

export type PatchResult = { ok: true; patch: SyncPatch } | { ok: false; error: string };

const firstIssue = (e: z.ZodError): string => e.issues[0]?.message ?? '';

/**
 * The changed fields as a patch. `enabling`: the server URL and database must be valid even if
 * unchanged, and `enabled: true` is added (after the origin was granted, by the caller).
 */
export function formPatch(
  form: SyncForm,
  config: SyncConfigView,
  lang: Lang,
  enabling = false,
): PatchResult {
  const patch: SyncPatch = {};
  const url = normalUrl(form.url);
  const db = form.db.trim();
  if (url !== config.url || enabling) {
    const r = ServerUrlSchema.safeParse(url);
    if (!r.success) return { ok: false, error: t(lang, 'team.badUrl', { e: firstIssue(r.error) }) };
    if (url !== config.url) patch.url = url;
  }
  if (db !== config.db || enabling) {
    const r = DbNameSchema.safeParse(db);
    if (!r.success) return { ok: false, error: t(lang, 'team.badDb', { e: firstIssue(r.error) }) };
    if (db !== config.db) patch.db = db;
  }
  if (form.username.trim() !== config.username) patch.username = form.username.trim();
  if (form.password !== '') patch.password = form.password;
  const name = form.machineName.trim();
  if (name !== '' && name !== config.machine.name) patch.machineName = name;
  if (enabling) patch.enabled = true;
  return { ok: true, patch };
}
