/**
 * Everything one page has read so far, and the choice of which source wins per metric.
 * The network value is exact and wins while it agrees with the screen; a disagreement that
 * persists over two settled comparisons makes the screen value win and is reported.
 */
import type { Extracted, MoneyUnit, ReadKey } from './adapter';
import type { DomReading } from './dom-reader';
import { agrees, gmvUnitFromScreen, toFen } from './reconcile';

/**
 * A screen value is compared only when read after the API value arrived. A page that has not
 * re-rendered yet causes one transient mismatch, so a disagreement needs two in a row.
 */
export const SETTLE_MS = 0;
/** A network value older than this, while the screen keeps updating, is treated as stale. */
export const STALE_MS = 30_000;

export interface Resolved {
  value: number;
  source: 'network' | 'dom';
  at: number;
}

export interface Disagreement {
  metric: string;
  network: number;
  dom: number;
  note: string;
}

export class PageState {
  readonly net = new Map<ReadKey, { value: number; at: number }>();
  readonly dom = new Map<ReadKey, DomReading & { at: number }>();
  rawGmv: { value: number; assumed: MoneyUnit | null; at: number } | null = null;
  gmvUnit: MoneyUnit | null = null;
  session: { id?: string; start?: string; live?: boolean } = {};
  account: { id?: string; name?: string } = {};
  private strikes = new Map<ReadKey, number>();
  readonly disagreements = new Map<ReadKey, Disagreement>();

  applyNetwork(ex: Extracted, at: number): void {
    for (const [k, v] of Object.entries(ex.metrics ?? {}) as [ReadKey, number][]) {
      this.net.set(k, { value: v, at });
    }
    if (ex.rawGmv) this.rawGmv = { ...ex.rawGmv, at };
    if (ex.session) this.session = { ...this.session, ...ex.session };
    if (ex.account) this.account = { ...this.account, ...ex.account };
    this.gmvFromRaw();
  }

  applyDom(readings: Map<ReadKey, DomReading>, at: number): void {
    // A label that disappeared is no longer read: it must show up as missing, not linger.
    for (const k of [...this.dom.keys()]) if (!readings.has(k)) this.dom.delete(k);
    for (const [k, r] of readings) this.dom.set(k, { ...r, at });
    const shown = this.dom.get('gmvFen');
    if (this.rawGmv && shown && !this.gmvUnit && shown.at >= this.rawGmv.at + SETTLE_MS) {
      this.gmvUnit = gmvUnitFromScreen(this.rawGmv.value, shown.value, shown.step);
    }
    this.gmvFromRaw();
    this.compare();
  }

  /** Unit confirmed by the screen, else the adapter's documented assumption, else none. */
  private gmvFromRaw(): void {
    const unit = this.gmvUnit ?? this.rawGmv?.assumed ?? null;
    if (this.rawGmv && unit)
      this.net.set('gmvFen', { value: toFen(this.rawGmv.value, unit), at: this.rawGmv.at });
  }

  private compare(): void {
    for (const [k, d] of this.dom) {
      const n = this.net.get(k);
      if (!n || d.at < n.at + SETTLE_MS) continue;
      if (agrees(n.value, d.value, d.step)) {
        this.strikes.delete(k);
        this.disagreements.delete(k);
        continue;
      }
      const s = (this.strikes.get(k) ?? 0) + 1;
      this.strikes.set(k, s);
      if (s >= 2) {
        this.disagreements.set(k, {
          metric: k,
          network: n.value,
          dom: d.value,
          note: `接口与页面显示不一致 / API disagrees with the page (${d.raw})`,
        });
      }
    }
  }

  /** Unconfirmed raw GMV the screen could not settle (no 成交金额 card, or neither unit fits). */
  get gmvUnconfirmed(): boolean {
    return !!this.rawGmv && !this.rawGmv.assumed && !this.gmvUnit;
  }

  resolve(now: number): Map<ReadKey, Resolved> {
    const out = new Map<ReadKey, Resolved>();
    const keys = new Set<ReadKey>([...this.net.keys(), ...this.dom.keys()]);
    for (const k of keys) {
      const n = this.net.get(k);
      const d = this.dom.get(k);
      const domWins =
        d && (!n || this.disagreements.has(k) || (now - n.at > STALE_MS && d.at > n.at));
      if (domWins) out.set(k, { value: d.value, source: 'dom', at: d.at });
      else if (n) out.set(k, { value: n.value, source: 'network', at: n.at });
    }
    return out;
  }
}
