import type { IDBPDatabase } from 'idb';
import type { MigrationTx } from '../db';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

export type Migration = (db: IDBPDatabase, tx: MigrationTx) => void;

/** MIGRATIONS[n] upgrades version n to n + 1. Append only; never edit a shipped step. */
export const MIGRATIONS: Migration[] = [v1, v2, v3];
