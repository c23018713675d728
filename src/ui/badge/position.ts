import { browser } from 'wxt/browser';

/** Badge position: distance from the viewport's right and bottom edges, in CSS pixels. */
export interface Pos {
  right: number;
  bottom: number;
}

/** Bottom-right, lifted above the corner where consoles put help and chat buttons. */
export const DEFAULT_POS: Pos = { right: 16, bottom: 88 };

const key = (host: string): string => `livepace:badgePos:${host}`;

export async function loadPos(host: string): Promise<Pos> {
  const stored = await browser.storage.local.get(key(host));
  const p = stored[key(host)] as Partial<Pos> | undefined;
  return typeof p?.right === 'number' && typeof p.bottom === 'number'
    ? { right: p.right, bottom: p.bottom }
    : DEFAULT_POS;
}

export const savePos = (host: string, p: Pos): Promise<void> =>
  browser.storage.local.set({ [key(host)]: p });

/** Keeps the badge on screen whatever the window size. */
export function clampPos(
  p: Pos,
  size: { w: number; h: number },
  view: { w: number; h: number },
): Pos {
  const clamp = (v: number, max: number): number =>
    Math.round(Math.min(Math.max(0, v), Math.max(0, max)));
  return { right: clamp(p.right, view.w - size.w), bottom: clamp(p.bottom, view.h - size.h) };
}
