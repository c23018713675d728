/**
 * Comparing an exact API number with the rounded number the page prints. The screen is
 * what the seller trusts, so a persistent disagreement is reported, never hidden.
 */
import type { MoneyUnit } from './adapter';

/** True when `exact` would print as `shown` at the screen's resolution `step`. */
export const agrees = (exact: number, shown: number, step: number): boolean =>
  Math.abs(exact - shown) <= Math.max(step / 2, 1) + 1e-9;

/** Which unit makes the API's bare GMV number match the fen value read from the screen. */
export function gmvUnitFromScreen(raw: number, shownFen: number, step: number): MoneyUnit | null {
  const asYuan = agrees(raw * 100, shownFen, step);
  const asFen = agrees(raw, shownFen, step);
  if (asYuan && !asFen) return 'yuan';
  if (asFen && !asYuan) return 'fen';
  return null;
}

export const toFen = (raw: number, unit: MoneyUnit): number =>
  unit === 'yuan' ? Math.round(raw * 100) : Math.round(raw);
