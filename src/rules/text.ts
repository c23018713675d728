import type { Text } from './result';

/** Bilingual text, Chinese first. */
export const t = (zh: string, en: string): Text => ({ zh, en });
/** A reason that a setting resolves: the popup turns it into a link to the options page. */
export const tSetting = (zh: string, en: string): Text => ({ zh, en, setting: true });

/** "4h27m" style; minutes rounded up so a need is never understated. */
export function fmtMinutes(min: number): string {
  const whole = Math.ceil(min);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}m`;
}
