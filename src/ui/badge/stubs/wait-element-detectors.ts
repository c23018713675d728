/** Stand-in for `@1natsu/wait-element/detectors`; see ./wait-element.ts for why. */
export const isExist = (el: Element | null): boolean => el !== null;
export const isNotExist = (el: Element | null): boolean => el === null;
