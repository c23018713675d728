import type { Migration } from './index';

/** v1: the first schema. */
export const v1: Migration = (db) => {
  db.createObjectStore('accounts', { keyPath: ['platform', 'accountId'] });
  const sessions = db.createObjectStore('sessions', {
    keyPath: ['platform', 'accountId', 'sessionId'],
  });
  sessions.createIndex('byAccount', ['platform', 'accountId']);
  const tracks = db.createObjectStore('tracks', {
    keyPath: ['platform', 'accountId', 'sessionId'],
  });
  tracks.createIndex('byAccount', ['platform', 'accountId']);
  const days = db.createObjectStore('days', { keyPath: ['platform', 'accountId', 'day'] });
  days.createIndex('byAccount', ['platform', 'accountId']);
  days.createIndex('byAccountDay', ['platform', 'accountId', 'day']);
  db.createObjectStore('reports', { keyPath: ['platform', 'accountId', 'day'] });
  db.createObjectStore('manual', { keyPath: ['platform', 'accountId', 'kind', 'key'] });
  db.createObjectStore('conflicts', {
    keyPath: ['platform', 'accountId', 'kind', 'key', 'metric'],
  });
  db.createObjectStore('settings');
  db.createObjectStore('health');
  db.createObjectStore('processed', { keyPath: 'id' });
};
