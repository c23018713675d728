import { describe, expect, it } from 'vitest';
import type { DomReading } from '../../../src/capture/dom-reader';
import { agrees, gmvUnitFromScreen, toFen } from '../../../src/capture/reconcile';
import { MOMENT_MS, PageState, STALE_MS } from '../../../src/capture/state';

const T0 = 1_000_000;
/** A screen reading as the DOM reader would return it (money in fen, step = print resolution). */
const shown = (key: DomReading['key'], value: number, step: number, raw: string) =>
  new Map([[key, { key, value, step, raw }]]);

describe('PageState: exact figures win over rounded ones', () => {
  it('a page that re-renders before the tap delivers its response keeps the exact figure', () => {
    const s = new PageState();
    s.applyNetwork({ metrics: { gmvFen: 9_800_000 } }, T0);
    // The console prints the new total a few ms before the response behind it is tapped,
    // and re-renders twice (another card ticks) before it arrives.
    s.applyDom(shown('gmvFen', 9_870_000, 10_000, '¥9.87万'), T0 + 3000);
    s.applyDom(shown('gmvFen', 9_870_000, 10_000, '¥9.87万'), T0 + 3004);
    s.applyDom(shown('gmvFen', 9_870_000, 10_000, '¥9.87万'), T0 + 3008);
    expect(s.resolve(T0 + 3009).get('gmvFen')).toEqual({
      value: 9_800_000,
      source: 'network',
      at: T0,
    });
    s.applyNetwork({ metrics: { gmvFen: 9_867_419 } }, T0 + 3010);
    expect(s.disagreements.size).toBe(0);
    expect(s.resolve(T0 + 3011).get('gmvFen')).toEqual({
      value: 9_867_419,
      source: 'network',
      at: T0 + 3010,
    });
  });

  it('truncated and rounded screen values both agree within one printed step', () => {
    expect(agrees(9_867_419, 9_860_000, 10_000)).toBe(true); // truncated 9.86万
    expect(agrees(9_867_419, 9_870_000, 10_000)).toBe(true); // rounded 9.87万
    expect(agrees(9_867_419, 9_850_000, 10_000)).toBe(false);
    expect(agrees(100, 101, 1)).toBe(false);
    expect(agrees(100, 100, 1)).toBe(true);
  });

  it('a disagreement needs two settled comparisons; then the screen wins and is reported', () => {
    const s = new PageState();
    for (let i = 0; i < 3; i++) {
      s.applyNetwork({ metrics: { dau: 15_230 } }, T0 + i * 3000);
      s.applyDom(shown('dau', 30_000 + i, 1, String(30_000 + i)), T0 + i * 3000 + 5);
    }
    // Only the first two screen readings are settled (a later response arrived after each).
    expect(s.disagreements.get('dau')).toMatchObject({ network: 15_230, dom: 30_001 });
    expect(s.resolve(T0 + 7000).get('dau')).toMatchObject({ value: 30_002, source: 'dom' });
  });

  it('one settled mismatch is not a disagreement', () => {
    const s = new PageState();
    s.applyNetwork({ metrics: { dau: 15_230 } }, T0);
    s.applyDom(shown('dau', 30_000, 1, '30000'), T0 + 5);
    s.applyNetwork({ metrics: { dau: 15_230 } }, T0 + 3000);
    expect(s.disagreements.size).toBe(0);
    expect(s.resolve(T0 + 3001).get('dau')).toMatchObject({ value: 15_230, source: 'network' });
  });

  it('when the network goes quiet, a screen that moved on wins; one that agrees does not', () => {
    const s = new PageState();
    s.applyNetwork({ metrics: { gmvFen: 1_234_567, online: 80 } }, T0);
    s.applyDom(shown('gmvFen', 1_240_000, 10_000, '¥1.24万'), T0 + 1000);
    s.applyDom(
      new Map([
        ['gmvFen', { key: 'gmvFen', value: 2_000_000, step: 10_000, raw: '¥2.00万' }],
        ['online', { key: 'online', value: 80, step: 1, raw: '80' }],
      ]),
      T0 + STALE_MS + 1000,
    );
    const r = s.resolve(T0 + STALE_MS + 2000);
    expect(r.get('gmvFen')).toMatchObject({ value: 2_000_000, source: 'dom' });
    expect(r.get('online')).toMatchObject({ value: 80, source: 'network' });
  });

  it('a screen that prints the same number against two responses disagrees', () => {
    const s = new PageState();
    s.applyDom(shown('dau', 500, 1, '500'), T0);
    s.applyNetwork({ metrics: { dau: 100 } }, T0 + 10);
    expect(s.disagreements.size).toBe(0);
    s.applyDom(shown('dau', 500, 1, '500'), T0 + 3000);
    s.applyNetwork({ metrics: { dau: 100 } }, T0 + 3010);
    expect(s.disagreements.get('dau')).toMatchObject({ network: 100, dom: 500 });
  });

  it('a quiet network settles a comparison only after twice MOMENT_MS', () => {
    const s = new PageState();
    s.applyNetwork({ metrics: { dau: 100 } }, T0);
    s.applyDom(shown('dau', 500, 1, '500'), T0 + MOMENT_MS);
    s.applyDom(shown('dau', 500, 1, '500'), T0 + 2 * MOMENT_MS);
    expect(s.resolve(T0 + 2 * MOMENT_MS).get('dau')).toMatchObject({ source: 'network' });
    s.applyNetwork({ metrics: { dau: 500 } }, T0 + 2 * MOMENT_MS + 1);
    expect(s.disagreements.size).toBe(0);
  });
});

describe('PageState: the rest of the rules', () => {
  it('learns the unit of an unlabelled GMV from the screen: yuan, fen, or undecided', () => {
    expect(gmvUnitFromScreen(23_456, 2_345_600, 1)).toBe('yuan');
    expect(gmvUnitFromScreen(2_345_600, 2_345_600, 1)).toBe('fen');
    expect(gmvUnitFromScreen(0, 0, 1)).toBeNull(); // both fit: never guess
    expect(gmvUnitFromScreen(5, 2_345_600, 1)).toBeNull(); // neither fits
    expect(toFen(123.456, 'yuan')).toBe(12_346);
    expect(toFen(123.6, 'fen')).toBe(124);
  });

  it('a figure whose label disappeared is no longer read from the screen', () => {
    const s = new PageState();
    s.applyDom(shown('buyers', 87, 1, '87'), T0);
    expect(s.resolve(T0).get('buyers')).toMatchObject({ value: 87, source: 'dom' });
    s.applyDom(new Map(), T0 + 1000);
    expect(s.resolve(T0 + 1000).has('buyers')).toBe(false);
  });

  it('an unchanged screen text keeps the instant it first showed; a new text is stamped anew', () => {
    const s = new PageState();
    s.applyDom(shown('buyers', 87, 1, '87'), T0);
    s.applyDom(shown('buyers', 87, 1, '87'), T0 + 5000);
    expect(s.dom.get('buyers')?.at).toBe(T0);
    s.applyDom(shown('buyers', 88, 1, '88'), T0 + 6000);
    expect(s.dom.get('buyers')?.at).toBe(T0 + 6000);
  });

  it('an older response of the same moment (within MOMENT_MS, inclusive) agrees even when newer ones moved on', () => {
    const run = (shownAt: number) => {
      const s = new PageState();
      s.applyNetwork({ metrics: { dau: 100 } }, T0);
      s.applyDom(shown('dau', 100, 1, '100'), T0 + shownAt);
      s.applyNetwork({ metrics: { dau: 140 } }, T0 + shownAt + 1);
      s.applyNetwork({ metrics: { dau: 180 } }, T0 + shownAt + 2);
      return s.disagreements.get('dau');
    };
    expect(run(MOMENT_MS)).toBeUndefined();
    expect(run(MOMENT_MS + 1)).toMatchObject({ network: 180, dom: 100 });
  });

  it('with a quiet network the screen that moved on wins only once the figure is older than STALE_MS', () => {
    const s = new PageState();
    s.applyNetwork({ metrics: { dau: 100 } }, T0);
    s.applyDom(shown('dau', 500, 1, '500'), T0 + 1);
    s.applyDom(shown('dau', 500, 1, '500'), T0 + 2 * MOMENT_MS);
    expect(s.resolve(T0 + STALE_MS).get('dau')).toMatchObject({ source: 'network' });
    expect(s.resolve(T0 + STALE_MS + 1).get('dau')).toMatchObject({ value: 500, source: 'dom' });
  });
});

describe('PageState: the unit of an unlabelled GMV', () => {
  it('is learnt whichever arrives first, the screen or the response (a table rendered long before)', () => {
    const s = new PageState();
    s.applyDom(shown('gmvFen', 1_876_500, 1, '¥18,765.00'), T0);
    s.applyNetwork({ rawGmv: { value: 18_765, assumed: null } }, T0 + 60_000);
    expect(s.gmvUnit).toBe('yuan');
    expect(s.resolve(T0 + 60_000).get('gmvFen')).toMatchObject({ value: 1_876_500 });
    const t = new PageState();
    t.applyNetwork({ rawGmv: { value: 1_876_500, assumed: null } }, T0);
    t.applyDom(shown('gmvFen', 1_876_500, 1, '¥18,765.00'), T0 + 60_000);
    expect(t.gmvUnit).toBe('fen');
  });
});
