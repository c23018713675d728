import type { z } from 'zod';
import { checkHistory } from './history-rules';
import { emptyDirty, STORE_NAMES, type Dirty, type Ledger } from './ledger';
import {
  HISTORY_FORMAT,
  HISTORY_FORMAT_VERSION,
  type History,
  type Metrics,
  type MetricKey,
} from './model';
import { validateHistory } from './fast-validate';
import { parseJsonSafely, type ParseResult } from './safe-json';
import { migrateExport, OLDEST_EXPORT_VERSION, type ExportFile } from './migrations/export';
import { historyToLedger } from './to-history';
import { mergeImportedSettings, type SettingChange } from './import-merge';
import { conflictKey, manualKey, SEP } from './ledger';
import { same } from './same';

export { same };

const firstIssue = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'invalid';
};

/** Parses and validates an export file; the error names the path of the first bad field. */
export function parseHistory(text: string): ParseResult<History> {
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const raw = json.value as { format?: unknown; version?: unknown } | null;
  if (!raw || typeof raw !== 'object' || raw.format !== HISTORY_FORMAT) {
    return { ok: false, error: 'format: 不是开播进度的历史文件 / not a LivePace history file' };
  }
  if (typeof raw.version !== 'number') {
    const v = JSON.stringify(raw.version) ?? 'missing';
    return {
      ok: false,
      error: `version: 应为数字 ${HISTORY_FORMAT_VERSION}，而不是 ${v} / must be the number ${HISTORY_FORMAT_VERSION}, not ${v}`,
    };
  }
  // An older file comes up to the current version one step at a time (src/history/migrations/).
  const file = migrateExport(raw as ExportFile, HISTORY_FORMAT_VERSION);
  if (!file) {
    const v = raw.version;
    const known = `${OLDEST_EXPORT_VERSION}–${HISTORY_FORMAT_VERSION}`;
    return {
      ok: false,
      error: `version: 不支持的版本 ${v}（支持 ${known}）/ unsupported version ${v} (this extension reads ${known})`,
    };
  }
  const parsed = validateHistory(file);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  // Cross-field and cross-record rules (start ≤ end, accounts exist, unique records …).
  const bad = checkHistory(parsed.data);
  if (bad) return { ok: false, error: bad };
  return { ok: true, value: parsed.data };
}

export interface ImportSummary {
  added: number;
  changed: number;
  conflicting: number;
  unchanged: number;
  /** Settings and shop facts the import changes (present only when there are any). */
  settings?: SettingChange[];
}

type Rec = { metrics?: Metrics };

/** Manual values in `cur` that `inc` would replace by a different non-manual one. */
function manualClashes(cur: Rec, inc: Rec): MetricKey[] {
  const out: MetricKey[] = [];
  for (const [m, v] of Object.entries(cur.metrics ?? {}) as [
    MetricKey,
    NonNullable<Metrics[MetricKey]>,
  ][]) {
    const n = inc.metrics?.[m];
    if (v.source === 'manual' && n && n.source !== 'manual' && n.value !== v.value) out.push(m);
  }
  return out;
}

export interface ImportPlan {
  next: Ledger;
  summary: ImportSummary;
  /** Every record the import (re)writes: applying = putting exactly these rows of `next`. */
  written: Dirty;
}

/**
 * Dry run and merge plan in one: the ledger that applying `h` on top of `cur` produces, and
 * the counts shown to the seller. Imported records replace existing ones, except that a manual
 * value is never replaced by an imported scraped one: the manual value stays and the imported
 * one is kept as a conflict. `next` shares unchanged records with `cur` (copy-on-write per
 * store map; neither `cur` nor its records are modified), so planning costs no deep clone.
 */
export function planImport(cur: Ledger, h: History): ImportPlan {
  const inc = historyToLedger(h);
  const summary: ImportSummary = { added: 0, changed: 0, conflicting: 0, unchanged: 0 };
  // Settings merge per field: a file lacking a console-read shop fact does not erase it.
  const settings = mergeImportedSettings(cur.settings, inc.settings, inc.accounts);
  inc.settings = settings.next;
  if (settings.changes.length > 0) summary.settings = settings.changes;
  // Records the summary found identical: not compared again below.
  const unchanged = new Set<string>();
  for (const kind of ['sessions', 'days'] as const) {
    for (const [k, rec] of Object.entries(inc[kind])) {
      const old = cur[kind][k];
      if (!old) summary.added += 1;
      else if (same(old, rec)) {
        summary.unchanged += 1;
        unchanged.add(kind + SEP + k);
      } else {
        const clashes = manualClashes(old, rec);
        if (clashes.length === 0) summary.changed += 1;
        else {
          summary.conflicting += 1;
          keepManual(inc, kind === 'sessions' ? 'session' : 'day', rec, old, clashes);
        }
      }
    }
  }
  const next = { ...cur };
  const written = emptyDirty();
  for (const store of STORE_NAMES) {
    if (store === 'processed' || store === 'health') continue;
    const rows = inc[store] as Record<string, unknown>;
    const keys = Object.keys(rows);
    if (keys.length === 0) continue;
    const old = cur[store] as Record<string, unknown>;
    // Into an empty store (a restore on a new machine) the file's own rows are the store: `inc`
    // was built for this plan and nothing else holds it. Otherwise copy-on-write.
    if (isEmpty(old)) {
      (next as Record<string, unknown>)[store] = rows;
      written[store] = new Set(keys);
      continue;
    }
    (next as Record<string, unknown>)[store] = { ...old, ...rows };
    // Re-putting an identical row is a no-op that still costs an IndexedDB request.
    const known = store === 'sessions' || store === 'days';
    for (const k of keys) {
      if (known ? !unchanged.has(store + SEP + k) : !same(old[k], rows[k])) written[store].add(k);
    }
  }
  return { next, summary, written };
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

function keepManual(
  inc: Ledger,
  kind: 'day' | 'session',
  rec: History['sessions'][number] | History['days'][number],
  old: Rec,
  clashes: MetricKey[],
): void {
  const key = 'sessionId' in rec ? rec.sessionId : rec.day;
  const mk = manualKey(rec.platform, rec.accountId, kind, key);
  const man = (inc.manual[mk] ??= {
    platform: rec.platform,
    accountId: rec.accountId,
    kind,
    key,
    metrics: {},
  });
  for (const m of clashes) {
    const manual = old.metrics![m]!;
    const scraped = rec.metrics[m]!;
    rec.metrics[m] = manual;
    man.metrics[m] = manual;
    const c = {
      platform: rec.platform,
      accountId: rec.accountId,
      kind,
      key,
      metric: m,
      manual,
      scraped,
    };
    inc.conflicts[conflictKey(c)] = c;
  }
}
