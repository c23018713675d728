// STUB — replaced by the rules engine (issue 2). Signature is the contract.
import type { AccountSettings, History } from '../history/model';
import type { Evaluation } from './result';
import type { LoadedPacks } from './packs';

export function evaluate(
  packs: LoadedPacks,
  history: History,
  settings: Record<string, AccountSettings>,
  now: Date | string | number,
): Evaluation {
  void history;
  void settings;
  return { now: new Date(now).toISOString(), packVersions: packs.versions, accounts: [] };
}
