import type { PlatformMeta } from '../types';
import { JD_API, JD_TAP_PREFILTER } from './api';

/** JD live 京东直播 (jlive.jd.com): ids, strings and endpoint patterns: data only. */
export const jdMeta = {
  id: 'jd',
  names: { zh: '京东直播', en: 'JD live' },
  hosts: ['https://jlive.jd.com/*'],
  pageIds: ['jd.bigScreen', 'jd.list'],
  pages: {
    'jd.bigScreen': { zh: '京东大屏', en: 'JD big screen' },
    'jd.list': { zh: '京东直播列表', en: 'JD live list' },
  },
  api: { patterns: JD_API, prefilter: JD_TAP_PREFILTER },
} as const satisfies PlatformMeta<'jd'>;
