/**
 * Global settings: the schema and its patch (schema.ts), applying patches (patch.ts), reading a
 * stored copy of any version (read.ts) through the steps in migrations/.
 */
export * from './schema';
export * from './patch';
export * from './read';
export { SETTINGS_STEPS, type SettingsStep, type StoredSettings } from './migrations';
