/**
 * The fan-club intimacy (亲密度) calculator on the pack's rates (seed 004: 灯牌 1 = 100,
 * 陪伴 5 分钟 = 50, 购买 ¥1 = 2, 抖币 1 = 2). Per-level daily caps on e-commerce intimacy
 * exist (seed: 不同等级的每日电商任务亲密度会设置一定限额) but their numbers are not public:
 * a cap applies only when the seller entered one, and the result says it was entered.
 */
import type { Text } from '../../../rules/result';
import type { IntimacyRate } from '../pack-schema';
import type { DouyinLevel } from '../settings';

export type IntimacyInput = Partial<Record<IntimacyRate['unit'], number>>;

export interface IntimacyPart {
  rateId: string;
  unit: IntimacyRate['unit'];
  quantity: number;
  /** Earned at the rate, before any cap. */
  points: number;
  /** What counts after the seller's daily cap (equal to points when none applies). */
  counted: number;
  label: Text;
}

export interface IntimacyResult {
  parts: IntimacyPart[];
  gross: number;
  total: number;
  /** The seller-entered daily e-commerce cap that applied, and what it cut. */
  cap?: { value: number; level?: number; lost: number; enteredBy: 'seller' };
  /** "看满 30 分钟并买 ¥88 → 300 + 176 = 476 亲密度". */
  text: Text;
}

export interface CapOptions {
  /** A daily e-commerce cap typed in directly. */
  cap?: number;
  /** Or the viewer's level, whose cap is looked up in the seller's levels. */
  level?: number;
  levels?: readonly DouyinLevel[];
  /** E-commerce intimacy the viewer already earned today (the cap is per day). */
  earnedToday?: number;
}

const earned = (r: IntimacyRate, q: number): number =>
  (r.whole ? Math.floor(q / r.per + 1e-9) : q / r.per) * r.points;

function capOf(o: CapOptions): { value: number; level?: number } | undefined {
  if (o.cap !== undefined) return { value: o.cap };
  const lv = o.levels?.find((l) => l.level === o.level);
  return lv?.dailyEcommerceCap !== undefined
    ? { value: lv.dailyEcommerceCap, level: lv.level }
    : undefined;
}

export function calcIntimacy(
  rates: readonly IntimacyRate[],
  input: IntimacyInput,
  o: CapOptions = {},
): IntimacyResult {
  const cap = capOf(o);
  let room = cap ? Math.max(0, cap.value - (o.earnedToday ?? 0)) : Infinity;
  const parts: IntimacyPart[] = [];
  for (const r of rates) {
    const quantity = input[r.unit];
    if (quantity === undefined || !(quantity > 0)) continue;
    const points = Math.round(earned(r, quantity) * 100) / 100;
    const counted = r.ecommerce ? Math.min(points, room) : points;
    if (r.ecommerce) room -= counted;
    parts.push({ rateId: r.id, unit: r.unit, quantity, points, counted, label: r.label });
  }
  const gross = parts.reduce((s, p) => s + p.points, 0);
  const total = parts.reduce((s, p) => s + p.counted, 0);
  const lost = gross - total;
  return {
    parts,
    gross,
    total,
    ...(cap ? { cap: { ...cap, lost, enteredBy: 'seller' as const } } : {}),
    text: describe(parts, total, cap && lost > 0 ? cap.value : undefined),
  };
}

const DOING: Record<IntimacyRate['unit'], (q: number) => Text> = {
  lamp: (q) => ({ zh: `送 ${q} 个灯牌`, en: `give ${q} fan lamp${q === 1 ? '' : 's'}` }),
  minutes: (q) => ({ zh: `看满 ${q} 分钟`, en: `watch ${q} min` }),
  yuan: (q) => ({ zh: `买 ¥${q}`, en: `buy ¥${q}` }),
  coins: (q) => ({ zh: `送 ${q} 抖币`, en: `give ${q} Douyin coins` }),
};

function describe(parts: IntimacyPart[], total: number, cappedAt: number | undefined): Text {
  const does = parts.map((p) => DOING[p.unit](p.quantity));
  const sum =
    parts.length > 1 ? `${parts.map((p) => p.counted).join(' + ')} = ${total}` : `${total}`;
  const capZh = cappedAt !== undefined ? `（已按商家录入的每日电商上限 ${cappedAt} 计）` : '';
  const capEn = cappedAt !== undefined ? ` (capped at your entered daily limit ${cappedAt})` : '';
  return {
    zh: `${does.map((d) => d.zh).join('并') || '—'} → ${sum} 亲密度${capZh}`,
    en: `${does.map((d) => d.en).join(' and ') || '—'} → ${sum} intimacy${capEn}`,
  };
}

/** Where an intimacy total stands on the seller's levels: reached level and what the next needs. */
export function levelProgress(
  intimacy: number,
  levels: readonly DouyinLevel[],
): { level: number | null; next: { level: number; need: number } | null; enteredBy: 'seller' } {
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  const reached = sorted.filter((l) => intimacy >= l.intimacy).pop();
  const next = sorted.find((l) => intimacy < l.intimacy);
  return {
    level: reached?.level ?? null,
    next: next ? { level: next.level, need: next.intimacy - intimacy } : null,
    enteredBy: 'seller',
  };
}
