import { useEffect, useState } from 'preact/hooks';
import type { Platform } from '../../history/model';
import { callChecked } from '../../messaging/checked';
import type { AccountRef } from '../../messaging/schemas/requests';
import type { ReviewReply, SessionReview } from '../../messaging/schemas/insight';
import { pick, t, type Lang } from '../i18n';
import { planTexts } from '../insight-format';
import { comparisonLine, sessionTitle, targetLine } from '../review-format';
import { ReviewCharts } from './ReviewCharts';

/** The account a notification's link names: options.html?review=<platform>:<id>#history. */
export function reviewAccountKey(search: string): string | null {
  return new URLSearchParams(search).get('review');
}

/** The post-live review (复盘) of one ended session of `account`; the latest by default. */
export function Review({ account, lang }: { account: AccountRef; lang: Lang }) {
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [reply, setReply] = useState<ReviewReply | null>(null);
  const ref = `${account.platform}:${account.accountId}`;
  useEffect(() => setSessionId(undefined), [ref]);
  useEffect(() => {
    void callChecked('review', { account, ...(sessionId ? { sessionId } : {}) }).then(
      setReply,
      () => setReply(null),
    );
  }, [ref, sessionId]);
  const r = reply?.review ?? null;
  return (
    <section class="review" data-testid="review" aria-labelledby="review-h">
      <h3 id="review-h">{t(lang, 'rev.title')}</h3>
      {reply && reply.sessions.length === 0 && <p class="muted">{t(lang, 'rev.none')}</p>}
      {reply && reply.sessions.length > 0 && (
        <label class="field">
          <span>{t(lang, 'rev.session')}</span>
          <select
            data-testid="review-session"
            value={r?.sessionId ?? ''}
            onChange={(e) => setSessionId(e.currentTarget.value)}
          >
            {reply.sessions.map((s) => (
              <option key={s.sessionId} value={s.sessionId}>
                {sessionTitle(s, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {r && <ReviewBody r={r} lang={lang} platform={account.platform} />}
    </section>
  );
}

const compareHeading = (n: number, lang: Lang): string =>
  n > 0 ? t(lang, 'rev.compare', { n }) : t(lang, 'rev.firstSession');

export function ReviewBody({
  r,
  lang,
  platform,
}: {
  r: SessionReview;
  lang: Lang;
  platform: Platform;
}) {
  const startMs = Date.parse(r.start);
  const noCurve = Object.keys(r.series).length === 0;
  return (
    <div data-testid="review-body" data-session={r.sessionId}>
      <p data-testid="review-title">
        <strong>{sessionTitle(r, lang)}</strong>
      </p>
      {noCurve && <p class="muted">{t(lang, 'rev.noCurve')}</p>}
      {r.targets.length > 0 && (
        <>
          <h4>{t(lang, 'rev.targets')}</h4>
          <ul data-testid="review-targets">
            {r.targets.map((x) => (
              <li
                key={`${x.packId}:${x.id}`}
                data-pack={x.packId}
                data-item={x.id}
                class={x.missedBy === 0 ? 'ok' : 'missed'}
              >
                {targetLine(x, startMs, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{compareHeading(r.compared, lang)}</h4>
      <ul data-testid="review-compare">
        {r.comparisons.map((c) => (
          <li key={c.metric} data-metric={c.metric}>
            {comparisonLine(c, lang, platform)}
          </li>
        ))}
      </ul>
      {!noCurve && <ReviewCharts r={r} lang={lang} platform={platform} />}
      {r.plans.length > 0 && (
        <>
          <h4>{t(lang, 'rev.month')}</h4>
          <ul data-testid="review-plans">
            {r.plans.map((p) => (
              <li key={p.itemId} data-item={p.itemId}>
                {pick(lang, p.label)}
                {lang === 'zh' ? '：' : ': '}
                {planTexts(p.plan, p.unit, lang).join(` · ${t(lang, 'ins.planOr')} `)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
