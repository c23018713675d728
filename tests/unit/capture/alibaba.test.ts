// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { alibabaAccount, alibabaWorkbench } from '../../../src/capture/adapters/alibaba';
import { adapterFor } from '../../../src/capture/adapters';
import { readLabels } from '../../../src/capture/dom-reader';
import { workbenchHtml } from '../../fixtures/alibaba/pages';
import { ALIBABA_DEFAULT } from '../../fixtures/sim/values';
import { docOf, values } from './helpers';

describe('1688 adapter', () => {
  it('reads shop facts and 30-day figures by label', () => {
    const doc = docOf(workbenchHtml(ALIBABA_DEFAULT));
    expect(values(readLabels(doc.body, alibabaWorkbench.labels))).toEqual({
      medal: 3,
      bsrDesc: 4.8,
      bsrShip: 4.5,
      liveCount: 12,
      buyers: 56,
      fans: 1234,
    });
    expect(alibabaAccount(doc)).toEqual({
      accountId: 'b2b-2213356789a1b2c',
      accountName: '义乌市星禾日用品有限公司',
    });
  });

  it('changed layout reads nothing (health will list every expected fact)', () => {
    const doc = docOf(workbenchHtml({ ...ALIBABA_DEFAULT, variant: 'changed' }));
    expect(values(readLabels(doc.body, alibabaWorkbench.labels))).toEqual({});
  });

  it('does not read the public viewer room', () => {
    expect(
      adapterFor('alibaba', new URL('https://live.1688.com/zb/play.html?userId=1&feedId=2')),
    ).toBeUndefined();
    expect(adapterFor('alibaba', new URL('https://work.1688.com/home/page/index.htm'))?.id).toBe(
      'alibaba.workbench',
    );
  });
});
