/** Moved: src/time/beijing.ts (this re-export goes once every importer points there). */
export * from '../time/beijing';
