// The background calls this after every re-evaluation with the previous and the new result:
// it paints the toolbar badge and raises notifications. Logic lives in src/ui (pure, tested).
import { browser } from 'wxt/browser';
import { diffAlerts, pruneSent, reviewUrlOf, unsent } from '../ui/alerts';
import { toolbarBadge } from '../ui/toolbar-badge';
import type { Health } from '../messaging';
import { ALERTS_SENT_KEY } from '../messaging/keys';
import type { Evaluation } from '../rules/result';
import type { GlobalSettings } from '../settings';

export async function applyUiEffects(
  prev: Evaluation | null,
  next: Evaluation,
  settings: GlobalSettings,
  now: Date,
  health: readonly Health[] = [],
): Promise<void> {
  // A figure a page could not read never feeds the toolbar figure.
  const badge = toolbarBadge(next, settings.language, health);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });

  const alerts = diffAlerts(prev, next, settings, now);
  if (alerts.length === 0) return;
  const stored = await browser.storage.local.get(ALERTS_SENT_KEY);
  const raw: unknown = stored[ALERTS_SENT_KEY];
  const sent = pruneSent(
    raw && typeof raw === 'object' ? (raw as Record<string, string>) : {},
    now,
  );
  const fresh = unsent(alerts, sent);
  for (const a of fresh) {
    sent[a.key] = now.toISOString();
    await browser.notifications.create(a.key, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: a.title,
      message: a.message,
    });
  }
  await browser.storage.local.set({ [ALERTS_SENT_KEY]: sent });
}

/** A click on a session-ended notification opens that account's review in the options page. */
export function openReviewOnClick(): void {
  browser.notifications.onClicked.addListener((id) => {
    const url = reviewUrlOf(id, browser.runtime.getURL('/options.html'));
    if (url) void browser.tabs.create({ url }).then(() => browser.notifications.clear(id));
  });
}
