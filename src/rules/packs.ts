// STUB — replaced by the rules engine (issue 2): loads and validates rules/*.json.
export interface LoadedPacks {
  versions: Record<string, string>;
}

export function loadPacks(): LoadedPacks {
  return { versions: {} };
}
