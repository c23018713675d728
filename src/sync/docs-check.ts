import { z } from 'zod';
import { checkHistory } from '../history/history-rules';
import { SEP } from '../history/ledger';
import {
  AccountIdSchema,
  AccountSchema,
  AccountSettingsSchema,
  ConflictSchema,
  DaySchema,
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  IsoInstantSchema,
  PlatformSchema,
  SessionSchema,
} from '../history/model';
import { MachineSchema } from '../messaging/schemas/sync';
import { dayNumOf, monthKeyOfNum } from '../time/beijing';
import { accountDocId, monthDocId, SYNC_DOC_VERSION, type TeamDoc } from './types';

/**
 * Documents pulled from the server are untrusted input (any team member, or anyone holding the
 * credentials, can write any document): each is checked on its own, so one bad document is
 * refused without blocking the others, and a document whose id does not match its fields (one
 * machine writing into another's account, or a month doc carrying another month's records) is
 * refused rather than merged.
 */

/** Any id the doc ids are built from must not contain their separator "|". */
const NoBar = (s: string): boolean => !s.includes('|') && !s.includes(SEP);
const base = {
  _id: z.string().min(1).max(700),
  _rev: z.string().max(200).optional(),
  v: z.literal(SYNC_DOC_VERSION),
  machine: MachineSchema.refine((m) => NoBar(m.id), 'machine.id: forbidden character'),
  updatedAt: IsoInstantSchema,
};
const AccountDocSchema = z.strictObject({
  ...base,
  kind: z.literal('account'),
  account: AccountSchema,
  settings: AccountSettingsSchema.optional(),
  lastLiveAt: IsoInstantSchema.nullable(),
  live: z.boolean(),
});
const MonthDocSchema = z.strictObject({
  ...base,
  kind: z.literal('month'),
  platform: PlatformSchema,
  accountId: AccountIdSchema,
  month: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
  // Bounds keep a hostile document from costing the merge unbounded work.
  sessions: z.array(SessionSchema).max(5000),
  days: z.array(DaySchema).max(31),
  conflicts: z.array(ConflictSchema).max(20_000),
});
const TeamDocSchema = z.discriminatedUnion('kind', [AccountDocSchema, MonthDocSchema]);

const monthOf = (iso: string): string => monthKeyOfNum(dayNumOf(Date.parse(iso)));

/** Cross-field rules: ids match fields, records belong to the doc's account and month. */
function crossCheck(d: TeamDoc): string | null {
  if (d.kind === 'account') {
    const { platform, accountId } = d.account;
    if (accountId.includes(SEP)) return 'account.accountId: forbidden character';
    return d._id === accountDocId(d.machine.id, platform, accountId)
      ? null
      : '_id: 与内容不符 / does not match the document';
  }
  if (d._id !== monthDocId(d.machine.id, d.platform, d.accountId, d.month))
    return '_id: 与内容不符 / does not match the document';
  // The export file's cross-record rules: same account, start ≤ end, unique ids, conflicts
  // pointing at records of the doc, whole counts, no separator in ids.
  const bad = checkHistory({
    format: HISTORY_FORMAT,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: d.updatedAt,
    accounts: [{ platform: d.platform, accountId: d.accountId, displayName: '' }],
    sessions: d.sessions,
    days: d.days,
    settings: {},
    conflicts: d.conflicts,
  });
  if (bad) return bad;
  const i = d.sessions.findIndex((s) => monthOf(s.start) !== d.month);
  if (i >= 0) return `sessions.${i}.start: 不在 ${d.month} / not in ${d.month}`;
  const j = d.days.findIndex((x) => !x.day.startsWith(d.month));
  return j >= 0 ? `days.${j}.day: 不在 ${d.month} / not in ${d.month}` : null;
}

/** A pulled document, checked; `error` names the document and the first problem. */
export function validateDoc(raw: unknown): TeamDoc | { error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { error: '(doc): 不是对象 / not an object' };
  const rec = raw as Record<string, unknown>;
  const id = typeof rec._id === 'string' ? rec._id.slice(0, 200) : '(no _id)';
  if (rec._deleted === true) return { error: `${id}: deleted` };
  // CouchDB's own metadata (_revisions, _conflicts, _attachments …) is not part of the doc.
  const fields = Object.fromEntries(
    Object.entries(rec).filter(([k]) => !k.startsWith('_') || k === '_id' || k === '_rev'),
  );
  const parsed = TeamDocSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') || '(root)';
    return { error: `${id}: ${path}: ${issue?.message ?? 'invalid'}` };
  }
  const doc: TeamDoc = parsed.data;
  const bad = crossCheck(doc);
  return bad ? { error: `${id}: ${bad}` } : doc;
}

export const isDocError = (r: TeamDoc | { error: string }): r is { error: string } => 'error' in r;

/** JSON with object keys sorted (undefined fields left out, as JSON.stringify does). */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(o).sort())
    if (o[k] !== undefined) parts.push(`${JSON.stringify(k)}:${canonical(o[k])}`);
  return `{${parts.join(',')}}`;
}

/** 64-bit string hash (two 32-bit lanes of cyrb53's mixing), hex. Not cryptographic. */
function hash64(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `${s.length.toString(36)}.${hex(h2)}${hex(h1)}`;
}

/**
 * Hash of a doc's content: everything but _id, _rev and updatedAt, keys in a fixed order, so
 * the replicator pushes only docs whose content changed (a rebuild with a new `at` is equal).
 */
export function docHash(doc: TeamDoc): string {
  const { _id: _i, _rev: _r, updatedAt: _u, ...content } = doc;
  return hash64(canonical(content));
}
