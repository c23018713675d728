/**
 * Everything one page has read so far, and the choice of which source wins per metric.
 * The network value is exact and wins while the screen agrees with it at the precision the
 * screen prints. A screen value is compared with the network values of the same moment: a
 * page often re-renders a few ms before the tap delivers the response behind the new
 * numbers, so a comparison is settled only once a later response has arrived (or the
 * network has clearly stopped). Two settled disagreements make the screen win, reported.
 */
import type { Extracted, MoneyUnit, ReadKey } from './adapter';
import type { DomReading } from './dom-reader';
import { agrees, gmvUnitFromScreen, toFen } from './reconcile';

/** Network values this close to a screen reading (either side) count as "the same moment". */
export const MOMENT_MS = 5_000;
/** A network value older than this, while the screen shows something else, is stale. */
export const STALE_MS = 30_000;
/** Recent network values kept per metric for same-moment comparisons. */
const LOG_LEN = 6;

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

interface Stamped {
  value: number;
  at: number;
}

export class PageState {
  readonly net = new Map<ReadKey, Stamped>();
  readonly dom = new Map<ReadKey, DomReading & { at: number }>();
  rawGmv: { value: number; assumed: MoneyUnit | null; at: number } | null = null;
  gmvUnit: MoneyUnit | null = null;
  session: { id?: string; start?: string; live?: boolean } = {};
  account: { id?: string; name?: string } = {};
  private readonly netLog = new Map<ReadKey, Stamped[]>();
  /** Per metric: the network responses that settled a mismatch (their instants). */
  private readonly strikes = new Map<ReadKey, number[]>();
  readonly disagreements = new Map<ReadKey, Disagreement>();
  /** Error envelopes by endpoint pattern; cleared by that endpoint's next good answer. */
  readonly apiErrors = new Map<string, string>();

  applyNetwork(ex: Extracted, at: number, endpoint = ''): void {
    if (ex.error) {
      this.apiErrors.set(endpoint, ex.error);
      return;
    }
    this.apiErrors.delete(endpoint);
    for (const [k, v] of Object.entries(ex.metrics ?? {}) as [ReadKey, number][]) {
      this.setNet(k, { value: v, at });
    }
    if (ex.rawGmv) this.rawGmv = { ...ex.rawGmv, at };
    if (ex.session) this.session = { ...this.session, ...ex.session };
    if (ex.account) this.account = { ...this.account, ...ex.account };
    this.learnGmvUnit();
    this.gmvFromRaw();
    // The response behind what the screen already shows may only arrive now.
    this.compare(at);
  }

  applyDom(readings: Map<ReadKey, DomReading>, at: number): void {
    // A label that disappeared is no longer read: it must show up as missing, not linger.
    for (const k of [...this.dom.keys()]) if (!readings.has(k)) this.dom.delete(k);
    for (const [k, r] of readings) {
      const old = this.dom.get(k);
      // Same text as before: keep the instant it first showed, so it is compared once.
      const same = old && old.raw === r.raw && old.value === r.value;
      this.dom.set(k, { ...r, at: same ? old.at : at });
    }
    this.learnGmvUnit();
    this.gmvFromRaw();
    this.compare(at);
  }

  /**
   * The unit of a GMV the API does not state, from the 成交金额 the screen shows, whichever of
   * the two arrived first: yuan and fen differ a hundredfold, so only the right one can fit
   * (neither or both fitting leaves it undecided, to be tried again on the next reading).
   */
  private learnGmvUnit(): void {
    const shown = this.dom.get('gmvFen');
    if (this.rawGmv && shown && !this.gmvUnit)
      this.gmvUnit = gmvUnitFromScreen(this.rawGmv.value, shown.value, shown.step);
  }

  private setNet(k: ReadKey, v: Stamped): void {
    this.net.set(k, v);
    const log = this.netLog.get(k) ?? [];
    log.push(v);
    if (log.length > LOG_LEN) log.shift();
    this.netLog.set(k, log);
  }

  /** Unit confirmed by the screen, else the adapter's documented assumption, else none. */
  private gmvFromRaw(): void {
    const unit = this.gmvUnit ?? this.rawGmv?.assumed ?? null;
    const raw = this.rawGmv;
    if (!raw || !unit) return;
    const last = this.net.get('gmvFen');
    if (last?.at === raw.at && last.value === toFen(raw.value, unit)) return;
    this.setNet('gmvFen', { value: toFen(raw.value, unit), at: raw.at });
  }

  /**
   * The screen reading agrees when any network value of its moment prints as it does.
   * Undecided (null) while the response of that moment may still be on its way.
   */
  private verdict(k: ReadKey, d: DomReading & { at: number }, now: number): boolean | null {
    const log = this.netLog.get(k) ?? [];
    const near = log.filter((n) => Math.abs(n.at - d.at) <= MOMENT_MS);
    const latest = log[log.length - 1];
    if (!latest) return null;
    if ([...near, latest].some((n) => agrees(n.value, d.value, d.step))) return true;
    const settled = latest.at > d.at || now - latest.at > 2 * MOMENT_MS;
    return settled ? false : null;
  }

  private compare(now: number): void {
    for (const [k, d] of this.dom) {
      const v = this.verdict(k, d, now);
      if (v === null) continue;
      if (v) {
        this.strikes.delete(k);
        this.disagreements.delete(k);
        continue;
      }
      // One strike per network response that settled a mismatch: a screen that keeps
      // printing the same number against two responses disagrees; one late render does not.
      const by = this.net.get(k)?.at ?? d.at;
      const seen = this.strikes.get(k) ?? [];
      if (!seen.includes(by)) seen.push(by);
      this.strikes.set(k, seen.slice(-2));
      const n = this.net.get(k);
      if (seen.length >= 2 && n) {
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

  /**
   * Exact network figures win; the screen wins only when it shows something else: after a
   * reported disagreement, or when the network went quiet while the screen moved on. A
   * rounded screen value never replaces an exact figure it agrees with.
   */
  resolve(now: number): Map<ReadKey, Resolved> {
    const out = new Map<ReadKey, Resolved>();
    const keys = new Set<ReadKey>([...this.net.keys(), ...this.dom.keys()]);
    for (const k of keys) {
      const n = this.net.get(k);
      const d = this.dom.get(k);
      const differs = !!d && !!n && !agrees(n.value, d.value, d.step);
      const stale = !!d && !!n && now - n.at > STALE_MS && d.at > n.at;
      const domWins = d && (!n || (differs && (this.disagreements.has(k) || stale)));
      if (domWins) out.set(k, { value: d.value, source: 'dom', at: d.at });
      else if (n) out.set(k, { value: n.value, source: 'network', at: n.at });
    }
    return out;
  }
}
