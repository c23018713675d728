import type { Pos } from './position';

/**
 * Pointer-event dragging of a fixed element anchored right/bottom. Returns the pointerdown
 * handler for the handle; `onMove` gets live positions, `onEnd` the final one to persist.
 */
export function dragHandler(
  getPos: () => Pos,
  onMove: (p: Pos) => void,
  onEnd: (p: Pos) => void,
): (e: PointerEvent) => void {
  return (e) => {
    if (e.button !== 0) return;
    const target = e.currentTarget as HTMLElement;
    const start = getPos();
    const x0 = e.clientX;
    const y0 = e.clientY;
    let last = start;
    target.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent): void => {
      last = { right: start.right - (m.clientX - x0), bottom: start.bottom - (m.clientY - y0) };
      onMove(last);
    };
    const up = (): void => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
      onEnd(last);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };
}
