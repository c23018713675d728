import { minutesToMidnight } from '../time/calendar';
import type { AccountEvaluation, Evaluation, ItemResult } from '../rules/result';
import type { GlobalSettings } from '../settings';
import { beijingDay, beijingHour, beijingHm } from '../time/beijing';
import { remainingText } from './format';
import { pick, t } from './i18n';

export type AlertKind =
  | 'achieved'
  | 'behindPace'
  | 'jdNear24h'
  | 'alibabaNearMidnight'
  | 'alibabaLevelAtRisk'
  | 'sessionReview';

export interface Alert {
  /** Stable per item and Beijing day (or session): the effect layer never repeats a key. */
  key: string;
  kind: AlertKind;
  title: string;
  message: string;
}

/** Warn a 1688 seller this many minutes before Beijing midnight. */
export const ALIBABA_MIDNIGHT_WARN_MIN = 30;

const accountRef = (a: AccountEvaluation): string => `${a.platform}:${a.accountId}`;

/** Prefix of a session-ended alert's key; the rest is the encoded account, then the instant. */
export const REVIEW_ALERT = 'sessionReview:';

/** The options page's review of the account a session-ended notification names, or null. */
export function reviewUrlOf(notificationId: string, optionsUrl: string): string | null {
  if (!notificationId.startsWith(REVIEW_ALERT)) return null;
  const encoded = notificationId.slice(REVIEW_ALERT.length).split(':')[0];
  return encoded ? `${optionsUrl}?review=${encoded}#history` : null;
}

const itemKey = (a: AccountEvaluation, i: ItemResult): string =>
  `${a.platform}:${a.accountId}:${i.packId}:${i.itemId}`;

/**
 * Alerts to raise after a re-evaluation, given the previous result. Pure: `now` decides the
 * day and hour; keys let the caller suppress anything already shown (same item, same day).
 */
// eslint-disable-next-line max-lines-per-function -- one block per alert kind, all reading the same previous/next pair; kept together so every suppression key is in one place
export function diffAlerts(
  prev: Evaluation | null,
  next: Evaluation,
  settings: GlobalSettings,
  now: Date,
): Alert[] {
  const lang = settings.language;
  const on = settings.alerts;
  const day = beijingDay(now);
  const out = new Map<string, Alert>();
  const add = (a: Alert): void => void (out.has(a.key) || out.set(a.key, a));
  const before = new Map<string, ItemResult>();
  for (const a of prev?.accounts ?? []) for (const i of a.items) before.set(itemKey(a, i), i);
  const wasLive = new Set(prev?.accounts.filter((a) => a.live).map(accountRef));

  for (const acc of next.accounts) {
    const account = acc.displayName || acc.accountId;
    for (const item of acc.items) {
      const label = pick(lang, item.label);
      const was = before.get(itemKey(acc, item));
      if (on.achieved && item.status === 'done' && was && was.status !== 'done') {
        add({
          key: `achieved:${itemKey(acc, item)}:${day}`,
          kind: 'achieved',
          title: t(lang, 'alert.achieved.title', { label }),
          message: t(lang, 'alert.achieved.body', { account, group: pick(lang, item.group) }),
        });
      }
      if (
        on.behindPace &&
        item.status === 'behind' &&
        item.period === 'day' &&
        beijingHour(now) >= on.behindPaceHour
      ) {
        add({
          key: `behindPace:${itemKey(acc, item)}:${day}`,
          kind: 'behindPace',
          title: t(lang, 'alert.behind.title', { label }),
          message: t(lang, 'alert.behind.body', {
            account,
            remaining: remainingText(item, lang) ?? '',
          }),
        });
      }
      const d = item.deadline;
      if (
        on.jdNear24h &&
        acc.platform === 'jd' &&
        acc.live &&
        d?.kind === 'session_24h' &&
        item.warnings.length > 0
      ) {
        add({
          key: `jdNear24h:${acc.accountId}:${d.at}`,
          kind: 'jdNear24h',
          title: t(lang, 'alert.jd24h.title'),
          message: t(lang, 'alert.jd24h.body', { account, at: beijingHm(d.at) }),
        });
      }
    }
    if (
      on.alibabaNearMidnight &&
      acc.platform === 'alibaba' &&
      acc.live &&
      minutesToMidnight(now) <= ALIBABA_MIDNIGHT_WARN_MIN
    ) {
      add({
        key: `alibabaNearMidnight:${acc.accountId}:${day}`,
        kind: 'alibabaNearMidnight',
        title: t(lang, 'alert.aliMidnight.title'),
        message: t(lang, 'alert.aliMidnight.body', { account }),
      });
    }
    if (on.sessionReview && !acc.live && wasLive.has(accountRef(acc))) {
      add({
        key: `${REVIEW_ALERT}${encodeURIComponent(accountRef(acc))}:${next.now}`,
        kind: 'sessionReview',
        title: t(lang, 'alert.review.title', { account }),
        message: t(lang, 'alert.review.body'),
      });
    }
    if (on.alibabaLevelAtRisk && acc.level?.atRisk && acc.level.current !== 'unknown') {
      add({
        key: `alibabaLevelAtRisk:${acc.accountId}:${day}`,
        kind: 'alibabaLevelAtRisk',
        title: t(lang, 'alert.levelRisk.title'),
        message: t(lang, 'alert.levelRisk.body', {
          account,
          level: t(lang, `level.${acc.level.current}`),
        }),
      });
    }
  }
  return [...out.values()];
}

/** Drops alerts already shown; `sent` maps key → instant shown. */
export const unsent = (alerts: Alert[], sent: Record<string, string>): Alert[] =>
  alerts.filter((a) => !(a.key in sent));

/** Keeps the sent-log small: entries older than `days` are forgotten. */
export function pruneSent(
  sent: Record<string, string>,
  now: Date,
  days = 3,
): Record<string, string> {
  const limit = now.getTime() - days * 86_400_000;
  return Object.fromEntries(
    Object.entries(sent).filter(([, at]) => new Date(at).getTime() >= limit),
  );
}
