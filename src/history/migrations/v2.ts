import type { Migration } from './index';

/**
 * v2: sessions get an index by account + start (backfill matching, retention and date-range
 * exports), and processed observation ids an index by instant so pruning reads only old ones.
 * Both are built by IndexedDB from the records already stored.
 */
export const v2: Migration = (_db, tx) => {
  tx.objectStore('sessions').createIndex('byAccountStart', ['platform', 'accountId', 'start']);
  tx.objectStore('processed').createIndex('byAt', 'at');
};
