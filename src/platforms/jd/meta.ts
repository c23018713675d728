import type { PlatformMeta } from '../types';

/** JD live 京东直播 (jlive.jd.com): ids and strings only, no code. */
export const jdMeta = {
  id: 'jd',
  names: { zh: '京东直播', en: 'JD live' },
  pageIds: ['jd.bigScreen', 'jd.list'],
  pages: {
    'jd.bigScreen': { zh: '京东大屏', en: 'JD big screen' },
    'jd.list': { zh: '京东直播列表', en: 'JD live list' },
  },
} as const satisfies PlatformMeta<'jd'>;
