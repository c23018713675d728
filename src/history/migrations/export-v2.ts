import type { ExportMigration } from './export';

/**
 * Export format v1 → v2: Douyin (`platform: "douyin"`, its account settings `douyinTargets`
 * and `douyinLevels`, the metrics `clubLive`, `clubShop`, `newFans`) joined the format. Every v1
 * file is a valid v2 file as it is: only the version changes, nothing is added or dropped.
 */
export const exportV2: ExportMigration = (v1) => ({ ...v1, version: 2 });
