import type { Platform } from '../history/model';
import type { AccountEvaluation } from '../rules/result';

export interface PlatformGroup {
  platform: Platform;
  accounts: AccountEvaluation[];
}

const PLATFORM_ORDER: Platform[] = ['jd', 'channels', 'alibaba'];

/** Accounts grouped by platform; the platform with a live account first, live accounts first. */
export function groupAccounts(accounts: AccountEvaluation[]): PlatformGroup[] {
  const groups = PLATFORM_ORDER.map((platform) => ({
    platform,
    accounts: accounts
      .filter((a) => a.platform === platform)
      .sort((a, b) => Number(b.live) - Number(a.live)),
  })).filter((g) => g.accounts.length > 0);
  const live = (g: PlatformGroup): number => Number(g.accounts.some((a) => a.live));
  return groups.sort((a, b) => live(b) - live(a));
}
