/** Moved: src/time/calendar.ts (this re-export goes once every importer points there). */
export * from '../time/calendar';
