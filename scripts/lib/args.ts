/** Tiny flag parser: `--name value`, `--flag`; unknown flags are an error, not ignored. */
export function parseArgs<T extends Record<string, string | boolean>>(
  argv: string[],
  defaults: T,
): T {
  const out: Record<string, string | boolean> = { ...defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !(name in defaults)) {
      throw new Error(
        `unknown argument ${arg}; known: ${Object.keys(defaults)
          .map((k) => `--${k}`)
          .join(' ')}`,
      );
    }
    if (typeof defaults[name] === 'boolean') out[name] = true;
    else {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      out[name] = value;
      i += 1;
    }
  }
  return out as T;
}
