import { describe, expect, it } from 'vitest';
import {
  applyReading,
  contributed,
  instanceOf,
  lastContributionDay,
  newTrack,
} from '../../../src/history/tracks';

const at = (hm: string, day = '2026-01-20') => new Date(`${day}T${hm}:00+08:00`).toISOString();

describe('session tracks', () => {
  it('the page instance is the observation id without its trailing sequence number', () => {
    expect(instanceOf('pg1a2b.1:17')).toBe('pg1a2b.1');
    expect(instanceOf('a:1:2')).toBe('a:1');
    expect(instanceOf('no-seq')).toBe('no-seq');
  });

  it('flow: a refund from the page that set the figure lowers it; another page cannot', () => {
    const t = newTrack('jd', 'a', 's');
    expect(applyReading(t, 'buyers', 3, 'network', at('10:00'), 'A')).toBe(true);
    expect(applyReading(t, 'buyers', 2, 'network', at('10:01'), 'B')).toBe(false);
    expect(t.scraped.buyers?.value).toBe(3);
    expect(applyReading(t, 'buyers', 2, 'network', at('10:02'), 'A')).toBe(true);
    expect(t.scraped.buyers?.value).toBe(2);
    // Another page may raise it; then only that page may lower it.
    expect(applyReading(t, 'buyers', 5, 'network', at('10:03'), 'B')).toBe(true);
    expect(applyReading(t, 'buyers', 4, 'network', at('10:04'), 'A')).toBe(false);
    expect(contributed(t, 'buyers')).toBe(5);
  });

  it('a reading at the same instant as the last one still applies; an older one does not', () => {
    const t = newTrack('jd', 'a', 's');
    applyReading(t, 'gmvFen', 100, 'network', at('10:00'), 'A');
    expect(applyReading(t, 'gmvFen', 150, 'dom', at('10:00'), 'A')).toBe(true);
    expect(applyReading(t, 'gmvFen', 300, 'network', at('09:59'), 'A')).toBe(false);
    expect(t.scraped.gmvFen).toMatchObject({ value: 150, source: 'dom' });
  });

  it('a flow figure crossing midnight is split by the day it grew on', () => {
    const t = newTrack('jd', 'a', 's');
    applyReading(t, 'gmvFen', 1_000, 'network', at('23:50'), 'A');
    applyReading(t, 'gmvFen', 1_600, 'network', at('00:10', '2026-01-21'), 'A');
    expect(t.perDay['2026-01-20']?.gmvFen?.value).toBe(1_000);
    expect(t.perDay['2026-01-21']?.gmvFen?.value).toBe(600);
    expect(lastContributionDay(t, 'gmvFen')).toBe('2026-01-21');
    expect(lastContributionDay(t, 'buyers')).toBeNull();
  });

  it('peak (online) keeps the day maximum; last (fans) takes the newest value', () => {
    const t = newTrack('jd', 'a', 's');
    expect(applyReading(t, 'online', 100, 'network', at('10:00'))).toBe(true);
    applyReading(t, 'online', 80, 'network', at('10:01'));
    expect(t.perDay['2026-01-20']?.online?.value).toBe(100);
    expect(applyReading(t, 'online', 120, 'network', at('10:02'))).toBe(true);
    expect(t.perDay['2026-01-20']?.online?.value).toBe(120);
    expect(t.scraped.online?.value).toBe(120);
    applyReading(t, 'fans', 500, 'dom', at('10:00'));
    expect(applyReading(t, 'fans', 480, 'dom', at('10:05'))).toBe(true);
    expect(t.perDay['2026-01-20']?.fans?.value).toBe(480);
    expect(applyReading(t, 'fans', 480, 'dom', at('10:06'))).toBe(false);
  });
});
