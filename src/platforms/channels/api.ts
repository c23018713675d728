/**
 * The JSON endpoints the Channels assistant calls, as regexes on the request URL. Plain data:
 * the MAIN-world tap reaches them through this platform's meta (src/capture/api-patterns.ts),
 * the adapters import them directly.
 */
const CGI = String.raw`/cgi-bin/mmfinderassistant-bin/`;

export const CH_API = {
  chLiveInfo: new RegExp(`${CGI}live/get_live_info\\b`),
  chLiveStatus: new RegExp(`${CGI}live/check_live_status\\b`),
  chAuth: new RegExp(`${CGI}auth/auth_data\\b`),
  chLiveMsg: new RegExp(`${CGI}live/msg\\b`),
  chHistory: new RegExp(`${CGI}live/get_live_history\\b`),
  chEcSummary: new RegExp(`${CGI}statistic/get_live_ec_data_summary\\b`),
  chConversion: new RegExp(`${CGI}statistic/get_ec_conversion_dashboard_data_v3\\b`),
} as const;

/** The cheap pre-filter: only URLs that pass it are matched against the patterns above. */
export const CH_TAP_PREFILTER = /mmfinderassistant-bin\/(live|statistic|auth)\//;
