import { beijingIso } from '../time/calendar';
import { exportHistory, exportName } from './export';
import type { Ledger } from './ledger';
import type { History } from './model';
import { ledgerToHistory, type HistoryQuery } from './to-history';
import { chunksOf } from './transfer-protocol';

/** An export rendered piece by piece: nothing holds the whole file as one string. */
export interface ExportStream {
  filename: string;
  mime: string;
  /** Records (JSON) or characters (CSV) in the file, for progress. */
  total: number;
  /** Each piece with the records (or characters) rendered up to its end; `last` ends it. */
  pieces: Iterator<Piece>;
}

export interface Piece {
  text: string;
  done: number;
  last: boolean;
}

type Lists = Pick<History, 'accounts' | 'sessions' | 'days' | 'conflicts'>;

/**
 * The JSON of `h` in pieces of about `size` characters, byte for byte what JSON.stringify(h)
 * writes: the same keys in the same order, each record through JSON.stringify (no replacer, no
 * indent, so a record's text is the same alone or nested). Only one piece exists at a time.
 */
export function* historyJsonPieces(h: History, size: number): Generator<Piece> {
  const head = JSON.stringify({ format: h.format, version: h.version, exportedAt: h.exportedAt });
  let buf: string[] = [head.slice(0, -1)];
  let len = buf[0]!.length;
  let done = 0;
  for (const key of ['accounts', 'sessions', 'days', 'settings', 'conflicts'] as const) {
    if (key === 'settings') {
      buf.push(`,"settings":${JSON.stringify(h.settings)}`);
      continue;
    }
    const list: Lists[typeof key] = h[key];
    buf.push(`,${JSON.stringify(key)}:[`);
    for (let i = 0; i < list.length; i += 1) {
      const s = (i > 0 ? ',' : '') + JSON.stringify(list[i]);
      buf.push(s);
      len += s.length;
      done += 1;
      if (len >= size) {
        yield { text: buf.join(''), done, last: false };
        buf = [];
        len = 0;
      }
    }
    buf.push(']');
  }
  buf.push('}');
  yield { text: buf.join(''), done, last: true };
}

/** The export of `q` as a stream (CSV is small: rendered at once, then cut in pieces). */
export function exportStream(
  l: Ledger,
  q: HistoryQuery & { format: 'json' | 'csv' },
  now: Date,
  size: number,
): ExportStream {
  if (q.format === 'csv') {
    const f = exportHistory(l, q, now);
    let done = 0;
    const cut = chunksOf(f.text, size);
    const pieces = cut.map((text, i) => ({
      text,
      done: (done += text.length),
      last: i === cut.length - 1,
    }));
    return { filename: f.filename, mime: f.mime, total: f.text.length, pieces: pieces.values() };
  }
  // Sorting and filtering the records is cheap (no copy); rendering them is what is streamed.
  const h = ledgerToHistory(l, beijingIso(now), q);
  const total = h.accounts.length + h.sessions.length + h.days.length + h.conflicts.length;
  const filename = exportName(q, now, 'json');
  return { filename, mime: 'application/json', total, pieces: historyJsonPieces(h, size) };
}
