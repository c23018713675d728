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

/** Items grouped by their group label, keeping the engine's order. */
export function groupItems<T extends { group: { zh: string } }>(items: T[]): T[][] {
  const map = new Map<string, T[]>();
  for (const i of items) {
    const list = map.get(i.group.zh) ?? [];
    list.push(i);
    map.set(i.group.zh, list);
  }
  return [...map.values()];
}
