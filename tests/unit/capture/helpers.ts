import type { ReadKey } from '../../../src/capture/adapter';
import type { DomReading } from '../../../src/capture/dom-reader';

/** Parses fixture HTML without running its scripts. */
export const docOf = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const values = (m: Map<ReadKey, DomReading>): Record<string, number> =>
  Object.fromEntries([...m].map(([k, r]) => [k, r.value]));
