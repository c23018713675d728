import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Adding a platform with parts missing must fail the type check, naming each missing part. A
 * scratch platform is written to a temp folder inside the repo, the light registry (ids.ts) is
 * compiled with one more line for it (in memory: the file on disk is untouched), and the
 * compiler's own diagnostics are read.
 */
const ROOT = resolve('.');
const IDS = join(ROOT, 'src/platforms/ids.ts');
const REGISTRIES = [
  'src/platforms/index.ts',
  'src/platforms/account-settings.ts',
  'src/platforms/forms.ts',
  'scripts/demo.ts',
];

let dir = '';
let byFile = new Map<string, string[]>();

function compilerOptions(): ts.CompilerOptions {
  const cfg = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  return ts.parseJsonConfigFileContent(cfg.config, ts.sys, ROOT).options;
}

/** ids.ts with the scratch platform registered: the one line a new platform adds. */
function idsWithDummy(text: string, metaPath: string): string {
  const spec = `./${join('..', '..', metaPath.slice(ROOT.length + 1)).replace(/\.ts$/, '')}`;
  const withImport = `import { dummyMeta } from '${spec}';\n${text}`;
  const out = withImport.replace(/(\n\s*alibaba: alibabaMeta,)/, '$1\n  dummy: dummyMeta,');
  if (out === withImport) throw new Error('ids.ts: registry line not found');
  return out;
}

function writeScratch(): { meta: string; parts: string } {
  dir = mkdtempSync(join(ROOT, 'tests/unit/platforms/.scratch-'));
  const types = join(ROOT, 'src/platforms/types');
  const meta = join(dir, 'meta.ts');
  writeFileSync(
    meta,
    `import type { PlatformMeta } from '${types}';
export const dummyMeta = {
  id: 'dummy',
  names: { zh: '测试平台', en: 'Dummy' },
  hosts: ['https://dummy.example/*'],
  pageIds: ['dummy.live'],
  pages: { 'dummy.live': { zh: '测试直播页', en: 'Dummy live page' } },
  api: null,
} as const satisfies PlatformMeta<'dummy'>;
`,
  );
  const parts = join(dir, 'parts.ts');
  writeFileSync(
    parts,
    `import type { PlatformMeta, PlatformModule } from '${types}';
import type { PageId } from '${join(ROOT, 'src/platforms/ids')}';
import { dummyMeta } from './meta';
// A page without a health name.
export const nameless: PlatformMeta<'dummy', 'dummy.live' | 'dummy.list'> = {
  ...dummyMeta,
  pageIds: ['dummy.live', 'dummy.list'],
};
// A module with only its meta: adapters, rule pack and settings part missing.
export const dummy: PlatformModule<'dummy', 'dummy.live'> = { ...dummyMeta };
// A page id no adapter has (the old health key).
export const stale: PageId = 'jd.myList';
`,
  );
  return { meta, parts };
}

beforeAll(() => {
  const { meta, parts } = writeScratch();
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, lang, onError, create) =>
    resolve(fileName) === IDS
      ? ts.createSourceFile(fileName, idsWithDummy(ts.sys.readFile(IDS) ?? '', meta), lang)
      : getSourceFile(fileName, lang, onError, create);
  const roots = [parts, ...REGISTRIES.map((f) => join(ROOT, f))];
  const program = ts.createProgram(roots, options, host);
  byFile = new Map();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? resolve(d.file.fileName).slice(ROOT.length + 1) : '(global)';
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    byFile.set(file, [...(byFile.get(file) ?? []), text]);
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const errorsIn = (file: string): string => (byFile.get(file) ?? []).join('\n---\n');

describe('a platform added with parts missing', () => {
  it('names each part the module lacks', () => {
    const text = errorsIn(`${dir.slice(ROOT.length + 1)}/parts.ts`);
    expect(text).toMatch(/missing the following properties[^]*adapters/);
    expect(text).toMatch(/missing the following properties[^]*pack/);
    expect(text).toMatch(/missing the following properties[^]*accountSettings/);
  });

  it('names the page that has no health string', () => {
    expect(errorsIn(`${dir.slice(ROOT.length + 1)}/parts.ts`)).toContain(`'"dummy.list"'`);
  });

  it('refuses a page id no adapter has', () => {
    const text = errorsIn(`${dir.slice(ROOT.length + 1)}/parts.ts`);
    expect(text).toContain(`Type '"jd.myList"' is not assignable to type`);
    expect(text).toContain(`Did you mean '"jd.list"'?`);
  });

  it.each(REGISTRIES)('names the new platform where %s lacks it', (file) => {
    // With several platforms missing TS lists them: "Property 'dummy' is missing" or "…: a, dummy".
    expect(errorsIn(file)).toMatch(
      /Property 'dummy' is missing|missing the following properties[^\n]*\bdummy\b/,
    );
  });

  it('leaves the scratch meta itself and the light registry without errors', () => {
    expect(errorsIn(`${dir.slice(ROOT.length + 1)}/meta.ts`)).toBe('');
    expect(errorsIn('src/platforms/ids.ts')).toBe('');
  });
});
