import type { z } from 'zod';
import { RulePackSchema, type RulePack } from './schema';
import { MODULES, packPartFor } from '../platforms';

/** The validated rule packs. `versions` (pack id → version) is part of the contract. */
export interface LoadedPacks {
  versions: Record<string, string>;
  packs: RulePack[];
}

/** Raw JSON by file name, from each platform's pack part (src/platforms/<p>/index.ts). */
export const PACK_FILES: Record<string, unknown> = Object.assign(
  {},
  ...MODULES.map((m) => m.pack.files),
);

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** First issue as "file: path: message" so a bad edit is found without reading a stack trace. */
export function describeIssue(fileName: string, issue: z.core.$ZodIssue): string {
  return `${fileName}: ${formatPath(issue.path)}: ${issue.message}`;
}

/** Validates one pack; throws an Error naming the file and the path of the first bad field. */
export function parsePack(json: unknown, fileName: string): RulePack {
  const parsed = RulePackSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(first ? describeIssue(fileName, first) : `${fileName}: invalid rule pack`);
  }
  const problem = packPartFor(parsed.data).check?.(parsed.data) ?? null;
  if (problem) throw new Error(`${fileName}: ${problem.path}: ${problem.message}`);
  return parsed.data;
}

/** Pack → JSON text, the inverse of parsePack (2-space indent, like the files in rules/). */
export const serialisePack = (pack: RulePack): string => `${JSON.stringify(pack, null, 2)}\n`;

export function loadPacks(files: Record<string, unknown> = PACK_FILES): LoadedPacks {
  const packs = Object.entries(files).map(([name, json]) => parsePack(json, name));
  const versions: Record<string, string> = {};
  for (const p of packs) {
    if (versions[p.id] !== undefined) throw new Error(`duplicate rule pack id: ${p.id}`);
    versions[p.id] = p.version;
  }
  return { versions, packs };
}
