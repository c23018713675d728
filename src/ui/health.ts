import type { Health } from '../messaging';
import { METRIC_KEYS } from '../metric-keys';
import { isPageId, pageNameOf } from '../platforms/ids';
import { metricName as shownMetric } from './format';
import { t, type Lang } from './i18n';

/** Live metrics, plus the 1688 shop facts the workbench adapter expects to read. */
const METRICS = new Set<string>([
  ...METRIC_KEYS,
  'medal',
  'bsrDesc',
  'bsrShip',
  'sessions30',
  'buyers30',
]);

/** The page's name from its platform's meta; a page id no adapter has says "<platform>页面". */
export function pageName(h: Pick<Health, 'page' | 'platform'>, lang: Lang): string {
  return isPageId(h.page)
    ? pageNameOf(h.page, lang)
    : t(lang, 'health.page', { platform: t(lang, `platform.${h.platform}`) });
}

const metricName = (m: string, lang: Lang, platform: Health['platform']): string =>
  METRICS.has(m) ? shownMetric(m, lang, platform) : m;

/** Adapter problems in seller words: "京东大屏读取失败: 成交金额未找到". Healthy pages say nothing. */
export function healthMessages(health: Health[], lang: Lang): string[] {
  const out: string[] = [];
  for (const h of health) {
    const page = pageName(h, lang);
    if (h.missing.length > 0) {
      const metrics = h.missing
        .map((m) => metricName(m, lang, h.platform))
        .join(t(lang, 'list.sep'));
      out.push(t(lang, 'health.failed', { page, metrics }));
    }
    if (h.accountUnknown) out.push(t(lang, 'health.accountUnknown', { page }));
    // An error envelope (Douyin `st` ≠ 0, Channels `errCode`): its message, never a zero.
    if (h.apiErrors?.length)
      out.push(t(lang, 'health.apiError', { page, errors: h.apiErrors.join(t(lang, 'list.sep')) }));
  }
  return out;
}
