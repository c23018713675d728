import type { SettingsStep } from './index';

/**
 * v0 → v1: settings written before they carried a version. The fields were already the v1
 * fields, so the step only stamps the version; everything the seller set is kept as it is.
 */
export const v1: SettingsStep = (raw) => ({ ...raw, version: 1 });
