/**
 * The JSON endpoints JD's pages call, as regexes on the request URL. Plain data: the MAIN-world
 * tap reaches them through this platform's meta (src/capture/api-patterns.ts), the adapters
 * import them directly, so a pattern cannot be declared in one place and forgotten in the other.
 */
export const JD_API = {
  jdRealtime: /\/liveRealTimeGeneralData\/generalData\b/,
  jdAuthor: /\/console\/homePage\/newGetAuthorInfo\b/,
  jdTable: /\/core\/getBasicDataTableArea\b/,
  jdCps: /\/LiveDataCpsOffline\/generalData\b/,
} as const;

/** The cheap pre-filter: only URLs that pass it are matched against the patterns above. */
export const JD_TAP_PREFILTER =
  /liveRealTimeGeneralData|newGetAuthorInfo|getBasicDataTableArea|LiveDataCpsOffline/;
