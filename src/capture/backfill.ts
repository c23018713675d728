/** Collects past-session rows from list payloads and turns them into one backfill message. */
import type { MetricKey } from '../history/model';
import type { Backfill } from '../messaging';
import type { BackfillRow, MoneyUnit } from './adapter';
import { toFen } from './reconcile';

type Row = BackfillRow & { gmvUnit: MoneyUnit | null };

export class BackfillRows {
  private rows = new Map<string, Row>();

  add(rows: BackfillRow[], gmvUnit: MoneyUnit | null): void {
    for (const r of rows) {
      const old = this.rows.get(r.sessionId);
      // Two endpoints may describe the same live (table + CPS): merge, keeping what each knows.
      this.rows.set(r.sessionId, {
        ...old,
        ...r,
        start: old && old.start < r.start ? old.start : r.start,
        end: r.end ?? old?.end ?? null,
        metrics: { ...old?.metrics, ...r.metrics },
        gmvUnit: gmvUnit ?? old?.gmvUnit ?? null,
      });
    }
  }

  /** Metric keys present in at least one row, for health on list pages. */
  keys(confirmedUnit: MoneyUnit | null): Set<MetricKey> {
    return new Set(
      this.sessions(confirmedUnit).flatMap((r) => Object.keys(r.metrics) as MetricKey[]),
    );
  }

  get size(): number {
    return this.rows.size;
  }

  /**
   * GMV is included only when its unit is known (stated by the API or confirmed on screen).
   * A row with no figure at all (a CPS-only list row) says nothing to store: not sent.
   */
  sessions(confirmedUnit: MoneyUnit | null): Backfill['sessions'] {
    return [...this.rows.values()].flatMap((r) => {
      const metrics: Partial<Record<MetricKey, number>> = { ...r.metrics };
      const unit = r.gmvUnit ?? confirmedUnit;
      if (r.rawGmv !== undefined && unit) metrics.gmvFen = toFen(r.rawGmv, unit);
      if (Object.keys(metrics).length === 0) return [];
      return [{ sessionId: r.sessionId, start: r.start, end: r.end, metrics }];
    });
  }
}
