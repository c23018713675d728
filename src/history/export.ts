import { beijingIso } from '../time/calendar';
import { daysToCsv } from './csv';
import type { Ledger } from './ledger';
import { ledgerToHistory, type HistoryQuery } from './to-history';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const slug = (s: string): string => s.replace(/[^\w.-]+/g, '_').slice(0, 60);

/** The file name of an export: what it holds and the Beijing day it was made. */
export function exportName(q: HistoryQuery, now: Date, ext: 'json' | 'csv'): string {
  const parts = [
    'livepace',
    q.account ? `${q.account.platform}-${slug(q.account.accountId)}` : 'all',
    q.from || q.to ? `${q.from ?? 'start'}_${q.to ?? 'end'}` : null,
    beijingIso(now).slice(0, 10),
  ].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}

/**
 * The versioned JSON export (or CSV per day) of all history, one account and/or a date range,
 * as one string (the runtime-message export; the options page streams it: export-stream.ts).
 */
export function exportHistory(
  l: Ledger,
  q: HistoryQuery & { format: 'json' | 'csv' },
  now: Date,
): ExportFile {
  const h = ledgerToHistory(l, beijingIso(now), q);
  if (q.format === 'csv') {
    return {
      filename: exportName(q, now, 'csv'),
      mime: 'text/csv;charset=utf-8',
      text: daysToCsv(h.days, h.accounts),
    };
  }
  return {
    filename: exportName(q, now, 'json'),
    mime: 'application/json',
    text: JSON.stringify(h),
  };
}
