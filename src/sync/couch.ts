/**
 * A small CouchDB HTTP client over an injected `fetch` (the worker passes globalThis.fetch).
 * No PouchDB in the extension: bundle size, and MV3 workers have no XHR. Every failure becomes
 * a CouchFailure whose kind says whether to retry quietly (offline) or show the seller (others).
 */
export type CouchErrorKind = 'offline' | 'auth' | 'missing_db' | 'server';
export type Bilingual = { zh: string; en: string };

export class CouchFailure extends Error {
  constructor(
    readonly kind: CouchErrorKind,
    readonly text: Bilingual,
    readonly status: number | null = null,
  ) {
    super(text.en);
    this.name = 'CouchFailure';
  }
}

export interface CouchOptions {
  /** Server origin plus optional path prefix, no trailing slash. */
  url: string;
  db: string;
  username: string;
  password: string;
  fetch: typeof fetch;
  /** Per request; default 15 s. */
  timeoutMs?: number;
}

/** CouchDB 2+ sequences are opaque strings; PouchDB's are numbers. Passed back as given. */
export type Seq = string | number;
export type DbInfo = { db_name: string; doc_count: number; update_seq: Seq };
export type BulkResult = { id: string; rev?: string; error?: string; reason?: string };
export type Change = { id: string; seq: Seq; deleted?: boolean; doc?: unknown };
export type ChangesPage = { results: Change[]; last_seq: Seq };
export interface AllDocsPage {
  rows: { id: string; rev: string; doc: unknown }[];
  /** startkey of the next page, null on the last one. */
  next: string | null;
}
/** What `_bulk_docs` takes: a TeamDoc, or a deletion `{ _id, _rev, _deleted: true }`. */
export type DocBody = { _id: string; _rev?: string; _deleted?: boolean };
/**
 * A `_local/` document: never replicated, no history; `_rev` is needed to overwrite it. `_id`
 * is the part after "_local/" in both directions.
 */
export type LocalDoc = { _id: string; _rev?: string } & Record<string, unknown>;

/** UTF-8 safe (btoa alone throws on a Chinese user name). */
function basic(user: string, pass: string): string {
  const bytes = new TextEncoder().encode(`${user}:${pass}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

function failure(status: number, body: { error?: string; reason?: string }, db: string) {
  if (status === 401 || status === 403)
    return new CouchFailure(
      'auth',
      {
        zh: `服务器拒绝访问（HTTP ${status}）：用户名或密码错误，或没有数据库“${db}”的权限`,
        en: `The server refused access (HTTP ${status}): wrong username or password, or no access to database "${db}"`,
      },
      status,
    );
  const reason = `${body.error ?? ''} ${body.reason ?? ''}`.trim().slice(0, 200);
  return new CouchFailure(
    'server',
    { zh: `服务器出错：HTTP ${status} ${reason}`, en: `Server error: HTTP ${status} ${reason}` },
    status,
  );
}

const missingDb = (db: string) =>
  new CouchFailure(
    'missing_db',
    { zh: `服务器上没有数据库“${db}”`, en: `Database "${db}" does not exist on the server` },
    404,
  );

/** A 404 for a missing document says "missing" or "deleted"; anything else is the database. */
const isMissingDoc = (reason: string | undefined) => reason === 'missing' || reason === 'deleted';

/** The request function of one client: `allow404` returns null for a missing document. */
function requester(o: CouchOptions) {
  const base = `${o.url}/${encodeURIComponent(o.db)}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (o.username) headers.authorization = basic(o.username, o.password);
  return async function call<T>(path: string, init: RequestInit = {}, allow404 = false) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), o.timeoutMs ?? 15_000);
    const h = { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) };
    let res: Response;
    let body: unknown;
    try {
      res = await o.fetch(base + path, { ...init, headers: h, signal: ctl.signal });
      body = await res.json().catch(() => ({}));
    } catch (e) {
      const why = e instanceof Error && e.name === 'AbortError' ? 'timeout' : String(e);
      throw new CouchFailure('offline', {
        zh: `服务器没有响应（${o.url}，${why}），稍后自动重试`,
        en: `The server did not answer (${o.url}, ${why}); will retry`,
      });
    } finally {
      clearTimeout(timer);
    }
    const err = (typeof body === 'object' && body !== null ? body : {}) as {
      error?: string;
      reason?: string;
    };
    if (res.status === 404) {
      if (allow404 && isMissingDoc(err.reason)) return null;
      if (!isMissingDoc(err.reason)) throw missingDb(o.db);
    }
    if (!res.ok) throw failure(res.status, err, o.db);
    return body as T;
  };
}

const q = (p: Record<string, string | number | boolean>) =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${encodeURIComponent(typeof v === 'string' ? v : String(v))}`)
    .join('&');
const json = (method: string, v: unknown): RequestInit => ({ method, body: JSON.stringify(v) });

export function couchClient(o: CouchOptions) {
  const call = requester(o);
  const must = async <T>(path: string, init?: RequestInit): Promise<T> =>
    (await call<T>(path, init))!;

  return {
    url: o.url,
    db: o.db,
    info: () => must<DbInfo>(''),
    /** Creates the database (needs admin rights on a real CouchDB); true if it was created. */
    async createDb(): Promise<boolean> {
      try {
        await must<unknown>('', { method: 'PUT' });
        return true;
      } catch (e) {
        if (e instanceof CouchFailure && e.status === 412) return false;
        throw e;
      }
    },
    /** Per-document results in the order sent; a whole-request failure throws. */
    bulkDocs: (docs: readonly DocBody[]) =>
      must<BulkResult[]>('/_bulk_docs', json('POST', { docs })),
    changes: (since: Seq, limit: number) =>
      must<ChangesPage>(`/_changes?${q({ since, limit, include_docs: true })}`),
    /** One page of `_all_docs` with docs, keys in [startkey, endkey]. */
    async allDocs(p: { startkey?: string; endkey?: string; limit: number }): Promise<AllDocsPage> {
      const params: Record<string, string | number | boolean> = { include_docs: true };
      if (p.startkey !== undefined) params.startkey = JSON.stringify(p.startkey);
      if (p.endkey !== undefined) params.endkey = JSON.stringify(p.endkey);
      params.limit = p.limit + 1; // one more than asked: its key starts the next page
      type Row = { id: string; value: { rev: string }; doc: unknown };
      const r = await must<{ rows: Row[] }>(`/_all_docs?${q(params)}`);
      const rows = r.rows
        .slice(0, p.limit)
        .map((x) => ({ id: x.id, rev: x.value.rev, doc: x.doc }));
      return { rows, next: r.rows.length > p.limit ? r.rows[p.limit]!.id : null };
    },
    async getLocal(id: string): Promise<LocalDoc | null> {
      const d = await call<LocalDoc>(`/_local/${encodeURIComponent(id)}`, {}, true);
      return d && { ...d, _id: id };
    },
    async putLocal(doc: LocalDoc): Promise<string> {
      const path = `/_local/${encodeURIComponent(doc._id)}`;
      const body = { ...doc, _id: `_local/${doc._id}` };
      return (await must<{ rev: string }>(path, json('PUT', body))).rev;
    },
    /** The current rev of a document, null if the server has none (or it was deleted). */
    async rev(id: string): Promise<string | null> {
      const d = await call<{ _rev: string }>(`/${encodeURIComponent(id)}`, {}, true);
      return d ? d._rev : null;
    },
  };
}

export type CouchClient = ReturnType<typeof couchClient>;

/** Every page of `_all_docs` whose id starts with `prefix` (the CLI reads the whole team). */
export async function* allDocsPages(c: CouchClient, prefix = '', limit = 500) {
  let startkey: string | null = prefix;
  while (startkey !== null) {
    const page: AllDocsPage = await c.allDocs({ startkey, endkey: `${prefix}\ufff0`, limit });
    yield page.rows;
    startkey = page.next;
  }
}
