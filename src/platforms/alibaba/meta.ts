import type { PlatformMeta } from '../types';

/** 1688 live (*.1688.com): ids and strings only, no code. */
export const alibabaMeta = {
  id: 'alibaba',
  names: { zh: '1688 直播', en: '1688 live' },
  hosts: ['https://*.1688.com/*'],
  pageIds: ['alibaba.workbench'],
  pages: { 'alibaba.workbench': { zh: '1688 工作台', en: '1688 workbench' } },
  // The workbench is read from the page; no JSON endpoint is tapped.
  api: null,
} as const satisfies PlatformMeta<'alibaba'>;
