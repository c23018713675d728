/**
 * The JSON endpoints the consoles call, as regexes on the request URL. The MAIN-world tap
 * imports only this file (not the adapters) so its bundle stays tiny; adapters reference
 * the same constants, so a pattern cannot be declared in one place and forgotten in the other.
 */
const CGI = String.raw`/cgi-bin/mmfinderassistant-bin/`;

/** Split per platform so a console's content script carries only its own patterns. */
export const JD_API = {
  jdRealtime: /\/liveRealTimeGeneralData\/generalData\b/,
  jdAuthor: /\/console\/homePage\/newGetAuthorInfo\b/,
  jdTable: /\/core\/getBasicDataTableArea\b/,
  jdCps: /\/LiveDataCpsOffline\/generalData\b/,
} as const;

export const CH_API = {
  chLiveInfo: new RegExp(`${CGI}live/get_live_info\\b`),
  chLiveStatus: new RegExp(`${CGI}live/check_live_status\\b`),
  chAuth: new RegExp(`${CGI}auth/auth_data\\b`),
  chLiveMsg: new RegExp(`${CGI}live/msg\\b`),
  chHistory: new RegExp(`${CGI}live/get_live_history\\b`),
  chEcSummary: new RegExp(`${CGI}statistic/get_live_ec_data_summary\\b`),
  chConversion: new RegExp(`${CGI}statistic/get_ec_conversion_dashboard_data_v3\\b`),
} as const;

export const API = { ...JD_API, ...CH_API } as const;

/**
 * One cheap pre-filter for every call the page makes: only URLs that pass it are matched
 * against the precise patterns and have their response cloned.
 */
export const TAP_PREFILTER =
  /liveRealTimeGeneralData|newGetAuthorInfo|getBasicDataTableArea|LiveDataCpsOffline|mmfinderassistant-bin\/(live|statistic|auth)\//;

export const isTapped = (url: string): boolean =>
  TAP_PREFILTER.test(url) && Object.values(API).some((re) => re.test(url));
