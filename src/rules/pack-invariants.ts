/** What zod's shape cannot say (unique ids, units matching metrics, references that resolve). */
export interface PackProblem {
  path: string;
  message: string;
}

/** Index of the first id seen before, or -1. Each platform's pack check uses it. */
export function firstDuplicate(ids: string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
}
