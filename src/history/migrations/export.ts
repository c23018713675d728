import { exportV2 } from './export-v2';

/** A history file as parsed JSON, before validation (the steps run before the schema). */
export type ExportFile = { readonly version: number } & Readonly<Record<string, unknown>>;
export type ExportMigration = (file: ExportFile) => ExportFile;

/**
 * The export file's format migrations (docs/export-format.md, Versioning), apart from the
 * IndexedDB steps of ./index.ts: EXPORT_MIGRATIONS[n - 1] turns a version-n file into version
 * n + 1. Append only; never edit a shipped step.
 */
export const EXPORT_MIGRATIONS: readonly ExportMigration[] = [exportV2];

/** The first version this extension reads (older files have no step). */
export const OLDEST_EXPORT_VERSION = 1;

/**
 * Brings an older file up to `latest` one step at a time; null when its version is not one
 * this extension knows (newer, older than the first, or not a whole number).
 */
export function migrateExport(file: ExportFile, latest: number): ExportFile | null {
  if (!Number.isInteger(file.version) || file.version < OLDEST_EXPORT_VERSION) return null;
  if (file.version > latest) return null;
  let f = file;
  while (f.version < latest) {
    const step = EXPORT_MIGRATIONS[f.version - OLDEST_EXPORT_VERSION];
    if (!step) return null;
    f = step(f);
  }
  return f;
}
