import { useEffect, useState } from 'preact/hooks';
import type { ReadKey } from '../../capture/adapter';
import {
  loadAllBindings,
  onBindingsChanged,
  removeBinding,
  type BindingMap,
} from '../../capture/binding-store';
import { metricName } from '../badge/honest';
import { beijingDay, beijingHm } from '../../time/beijing';
import { isPageId, pageNameOf } from '../../platforms/ids';
import { t, type Lang } from '../i18n';
import { Status } from './Status';

/** "京东大屏" for a page kind; an unknown kind is shown as its id. */
const pageTitle = (page: string, lang: Lang): string =>
  isPageId(page) ? pageNameOf(page, lang) : page;

/**
 * 点选 bindings per console page kind: the figure, the label it is found by, the value seen
 * when it was bound, and a remove button. Reads chrome.storage.local directly (this is an
 * extension page) and follows changes made from a console tab while it is open.
 */
export function Bindings({ lang }: { lang: Lang }) {
  const [all, setAll] = useState<BindingMap | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    loadAllBindings().then(setAll, (e: unknown) => setStatus(`error:${String(e)}`));
    return onBindingsChanged(setAll);
  }, []);
  const remove = (page: string, metric: ReadKey): void =>
    void removeBinding(page, metric).catch((e: unknown) => setStatus(`error:${String(e)}`));
  if (!all) return <Status status={status} lang={lang} />;
  const pages = Object.keys(all).sort();
  return (
    <div data-testid="bindings-tab">
      <p class="muted">{t(lang, 'bind.hint')}</p>
      {pages.length === 0 && <p class="muted">{t(lang, 'bind.none')}</p>}
      {pages.map((page) => (
        <section key={page} data-page={page}>
          <h3>{pageTitle(page, lang)}</h3>
          <ul class="accts">
            {all[page]!.map((b) => (
              <li key={b.metric} class="row wrap" data-testid="binding-row" data-metric={b.metric}>
                <b>{metricName(b.metric, lang)}</b>
                <span class="muted">{t(lang, 'bind.label', { label: b.locator.label })}</span>
                <span>{t(lang, 'bind.sample', { v: b.sample })}</span>
                <span class="muted">{`${beijingDay(b.createdAt)} ${beijingHm(b.createdAt)}`}</span>
                <button
                  type="button"
                  class="danger"
                  data-testid="binding-remove"
                  onClick={() => remove(page, b.metric)}
                >
                  {t(lang, 'common.remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Status status={status} lang={lang} />
    </div>
  );
}
