import type { AccountEvaluation } from '../../rules/result';

/**
 * The options page's platform tab with this account preselected (`?account=platform:id`);
 * the tab reads the parameter, the hash picks the tab.
 */
export const settingsHref = (acc: Pick<AccountEvaluation, 'platform' | 'accountId'>): string =>
  `/options.html?account=${encodeURIComponent(`${acc.platform}:${acc.accountId}`)}#platform`;
