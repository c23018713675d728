/**
 * The JSON endpoints Douyin's pages call (CONSOLES.md, paths under `/compass_api/` on 罗盘;
 * the buyin list calls the same `history_live` path under its own prefix). Kept apart from
 * the extractors so the MAIN-world tap reaches only these patterns, through this platform's
 * meta (src/capture/api-patterns.ts).
 */
export const DY_API = {
  dyBaseInfo: /\/author\/live\/live_screen\/live_base_info\b/,
  dyCoreData: /\/author\/live\/live_screen\/core_data\b/,
  dyBasicInfo: /\/author\/live\/basic_live_screen\/base_info\b/,
  dyHistory: /\/content_live\/author\/live_detail\/history_live\b/,
  dyTodayRoom: /\/author\/live\/live_detail\/today_live_room\b/,
} as const;

/** The cheap pre-filter for the tap: one alternation over the endpoints above. */
export const DY_TAP_PREFILTER =
  /live_screen\/(live_base_info|core_data)|basic_live_screen\/base_info|live_detail\/(history_live|today_live_room)/;
