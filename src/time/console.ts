/**
 * Console timestamps → ISO instants. Consoles print Beijing wall-clock strings without an
 * offset ("2026-01-05 20:00:00"), or epoch seconds/milliseconds; never read them in the
 * machine's local zone.
 */
const WALL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function toIso(x: unknown): string | undefined {
  if (typeof x === 'number' || (typeof x === 'string' && /^\d{9,13}$/.test(x))) {
    const n = Number(x);
    const ms = n < 1e11 ? n * 1000 : n;
    return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : undefined;
  }
  if (typeof x !== 'string') return undefined;
  const m = WALL.exec(x.trim());
  if (m)
    return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}+08:00`).toISOString();
  const d = new Date(x);
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(x) && Number.isFinite(d.getTime())
    ? d.toISOString()
    : undefined;
}

export const plusSeconds = (iso: string, sec: number): string =>
  new Date(new Date(iso).getTime() + sec * 1000).toISOString();
