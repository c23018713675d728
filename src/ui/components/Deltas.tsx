import type { MetricKey } from '../../history/model';
import type { LiveInsight } from '../../insight/live';
import type { Platform } from '../../history/model';
import { metricName } from '../format';
import { t, type Lang } from '../i18n';
import { deltaText } from '../insight-format';

/** The live metrics shown, in this order (fan clubs and orders only where the console has them). */
const SHOWN: MetricKey[] = ['gmvFen', 'buyers', 'dau', 'orders', 'newFans', 'clubLive', 'clubShop'];

/** Per live metric: "成交金额 近10分钟 +¥2,310 ↑ / 前10分钟 +¥1,120". */
export function Deltas({
  live,
  lang,
  platform,
}: {
  live: LiveInsight;
  lang: Lang;
  platform?: Platform;
}) {
  const all = SHOWN.flatMap((m) => {
    const d = live.deltas[m];
    return d ? [{ m, d }] : [];
  });
  if (all.length === 0) return null;
  // A metric with neither window known says nothing yet; if none is known, one line says why.
  const rows = all.filter(({ d }) => d.last !== null || d.prev !== null);
  if (rows.length === 0)
    return (
      <p class="deltas muted" data-testid="deltas-pending">
        {t(lang, 'ins.deltasPending')}
      </p>
    );
  return (
    <ul class="deltas" data-testid="deltas">
      {rows.map(({ m, d }) => (
        <li key={m} data-metric={m} class={d.trend ? `t-${d.trend}` : undefined}>
          <span class="muted">{metricName(m, lang, platform)}</span>{' '}
          <span data-testid="delta-text">{deltaText(m, d, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
