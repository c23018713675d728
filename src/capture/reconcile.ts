/**
 * Comparing an exact API number with the rounded number the page prints. The screen is
 * what the seller trusts, so a persistent disagreement is reported, never hidden.
 */
import type { MoneyUnit } from './adapter';

/**
 * True when `exact` could print as `shown` at the screen's resolution `step`: consoles round
 * or truncate ("9.87万" for 98,674.19), so anything less than one step away agrees.
 */
export const agrees = (exact: number, shown: number, step: number): boolean =>
  exact === shown || Math.abs(exact - shown) < step;

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
