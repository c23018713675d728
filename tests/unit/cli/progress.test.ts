import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules/engine';
import { loadPacks } from '../../../src/rules/packs';
import { formatReport, parseExport } from '../../../scripts/lib/report';

const FIXTURE = 'tests/fixtures/sample-export.json';
const AT = '2026-01-20T15:00:00+08:00';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/progress.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('progress report (pure)', () => {
  it('prints the expected table for the sample export at a fixed instant', () => {
    const parsed = parseExport(readFileSync(FIXTURE, 'utf8'), FIXTURE);
    if (!parsed.ok) throw new Error(parsed.error);
    const text = formatReport(evaluate(loadPacks(), parsed.history, parsed.history.settings, AT));
    expect(text).toBe(readFileSync('tests/fixtures/sample-export.expected.txt', 'utf8'));
    expect(text).toContain('预计 (ETA) 2026-01-20 16:30');
    expect(text).toContain('40h (4h27m/天 day × 9)');
  });
  it('names the path of the first bad field', () => {
    const bad = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    bad.days[3].metrics.buyers.value = -5;
    const r = parseExport(JSON.stringify(bad), 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^x\.json: days\.3\.metrics\.buyers\.value: /);
  });
});

describe('npm run progress (the script)', () => {
  it('prints the table and --json', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/progress.ts', FIXTURE, '--at', AT],
      { encoding: 'utf8' },
    );
    expect(out).toBe(readFileSync('tests/fixtures/sample-export.expected.txt', 'utf8'));
    const json = JSON.parse(cli(FIXTURE, '--at', AT, '--json').stdout);
    expect(json.accounts.map((a: { platform: string }) => a.platform)).toEqual([
      'jd',
      'channels',
      'alibaba',
    ]);
  }, 30_000);
  it('exits non-zero with the file and field path for invalid input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'livepace-history', version: 3 }));
    const r = cli(bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: version:`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": ');
    expect(cli(broken).stderr).toContain(`${broken}: not valid JSON`);
    const missing = cli(join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('ENOENT');
  }, 30_000);
});
