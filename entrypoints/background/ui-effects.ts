// STUB — replaced by the UI issue (toolbar badge + notifications). Signature is the contract:
// the background calls it after every re-evaluation with the previous and the new result.
import type { Evaluation } from '../../src/rules/result';
import type { GlobalSettings } from '../../src/settings';

export async function applyUiEffects(
  prev: Evaluation | null,
  next: Evaluation,
  settings: GlobalSettings,
  now: Date,
): Promise<void> {
  void prev;
  void next;
  void settings;
  void now;
}
