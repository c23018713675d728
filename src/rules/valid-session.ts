/**
 * 1688 有效直播 (seed 002: "大于15分钟算有效直播"): a session counts when it lasts strictly more
 * than the minimum, so exactly 15:00 does not. The one definition, used by the stored session
 * flag (`under15min`, src/history/sessions.ts) and by the 30-day window (the pack's minimum).
 */
export const VALID_SESSION_MIN_MINUTES = 15;

export const isValidSession = (seconds: number, minMinutes = VALID_SESSION_MIN_MINUTES): boolean =>
  seconds > minMinutes * 60;
