import type { Platform } from '../history/model';
import { PLATFORMS } from '../platforms/ids';
import type { AccountEvaluation } from '../rules/result';

export interface PlatformGroup {
  platform: Platform;
  accounts: AccountEvaluation[];
}

/**
 * Accounts grouped by platform in registry order (src/platforms/ids.ts); the platform with a
 * live account first, live accounts first.
 */
export function groupAccounts(accounts: AccountEvaluation[]): PlatformGroup[] {
  const groups = PLATFORMS.map((platform) => ({
    platform,
    accounts: accounts
      .filter((a) => a.platform === platform)
      .sort((a, b) => Number(b.live) - Number(a.live)),
  })).filter((g) => g.accounts.length > 0);
  const live = (g: PlatformGroup): number => Number(g.accounts.some((a) => a.live));
  return groups.sort((a, b) => live(b) - live(a));
}
