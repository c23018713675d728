import { describe, expect, it } from 'vitest';
import { MetricKeySchema } from '../../../src/history/model';
import { PACK_FILES, loadPacks, parsePack, serialisePack } from '../../../src/rules/packs';

describe('rule packs', () => {
  const { packs, versions } = loadPacks();
  it('every pack parses and reports its version', () => {
    expect(Object.keys(versions).sort()).toEqual([
      'alibaba-anchor',
      'channels',
      'douyin',
      'jd-growth',
      'jd-northstar',
    ]);
  });
  it('item and check ids are unique and sorted; metrics are known', () => {
    for (const p of packs) {
      if (p.kind !== 'jd-tasks') continue;
      const ids = p.items.map((i) => i.id);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of p.items) expect(MetricKeySchema.options).toContain(i.metric);
      const checks = (p.checks ?? []).map((c) => c.id);
      expect(checks).toEqual([...checks].sort());
    }
  });
  it('parse → serialise round-trips', () => {
    for (const [file, json] of Object.entries(PACK_FILES)) {
      const pack = parsePack(json, file);
      expect(JSON.parse(serialisePack(pack))).toEqual(json);
    }
  });
  it('a malformed pack is rejected with the file and path of the first bad field', () => {
    const bad = structuredClone(PACK_FILES['rules/jd-growth.json']) as {
      items: Array<{ threshold: unknown }>;
    };
    (bad.items[2] as { threshold: unknown }).threshold = '1.5w';
    expect(() => parsePack(bad, 'rules/jd-growth.json')).toThrow(
      /^rules\/jd-growth\.json: items\.2\.threshold: .*expected number/,
    );
  });
  it('a duplicate id or a unit not matching the metric is rejected', () => {
    const dup = structuredClone(PACK_FILES['rules/jd-growth.json']) as {
      items: Array<{ id: string; unit: string }>;
    };
    (dup.items[1] as { id: string }).id = 'daily-1-duration';
    expect(() => parsePack(dup, 'x.json')).toThrow('x.json: items.1.id: duplicate item id');
    const unit = structuredClone(PACK_FILES['rules/jd-growth.json']) as {
      items: Array<{ unit: string }>;
    };
    (unit.items[0] as { unit: string }).unit = 'fen';
    expect(() => parsePack(unit, 'x.json')).toThrow('x.json: items.0.unit: expected minutes');
  });
  it('1688 requirements are exactly the seed’s', () => {
    const a = packs.find((p) => p.kind === 'alibaba-levels');
    if (a?.kind !== 'alibaba-levels') throw new Error('no alibaba pack');
    const rows = a.categories.flatMap((c) =>
      c.levels.map(
        (l) =>
          `${c.id}/${l.level}: ${l.requirements.map((r) => `${r.key}≥${r.min}${r.anyOf ? `|${r.anyOf}` : ''}`).join(' ')}`,
      ),
    );
    expect(rows).toEqual([
      'consumer/daren: medal≥2 bsrDesc≥4.6 bsrShip≥4.3 sessions30≥5|activity buyers30≥50|activity',
      'consumer/rongyao: medal≥3 bsrDesc≥4.7 bsrShip≥4.3 fans≥500 sessions30≥15 buyers30≥300',
      'industrial/daren: medal≥2 sessions30≥3|activity buyers30≥10|activity',
      'industrial/rongyao: medal≥3 bsrDesc≥4.3 fans≥200 sessions30≥10 buyers30≥30',
    ]);
  });
});
