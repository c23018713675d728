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

/** The versioned JSON export (or CSV per day) of all history, one account and/or a date range. */
export function exportHistory(
  l: Ledger,
  q: HistoryQuery & { format: 'json' | 'csv' },
  now: Date,
): ExportFile {
  const h = ledgerToHistory(l, beijingIso(now), q);
  const parts = [
    'livepace',
    q.account ? `${q.account.platform}-${slug(q.account.accountId)}` : 'all',
    q.from || q.to ? `${q.from ?? 'start'}_${q.to ?? 'end'}` : null,
    beijingIso(now).slice(0, 10),
  ].filter(Boolean);
  if (q.format === 'csv') {
    return {
      filename: `${parts.join('-')}.csv`,
      mime: 'text/csv;charset=utf-8',
      text: daysToCsv(h.days, h.accounts),
    };
  }
  return { filename: `${parts.join('-')}.json`, mime: 'application/json', text: JSON.stringify(h) };
}
