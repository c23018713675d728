import { z } from 'zod';
import { IsoInstantSchema } from '../../history/model';
import type { TeamView } from '../../sync/types';

/** Team sync (issue #12): what the options page sends and reads. Extension pages only. */

const TextSchema = z.strictObject({ zh: z.string(), en: z.string() });
export const MachineSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().min(1).max(60),
});

export const SyncStatusSchema = z.strictObject({
  state: z.enum(['off', 'no_permission', 'idle', 'syncing', 'offline', 'error']),
  lastPushAt: IsoInstantSchema.nullable(),
  lastPullAt: IsoInstantSchema.nullable(),
  error: TextSchema.nullable(),
  pending: z.number().int().nonnegative(),
  docs: z.number().int().nonnegative(),
  machines: z.array(MachineSchema),
});

/** The config as the options page sees it: the password is never sent back, only whether one is set. */
export const SyncConfigViewSchema = z.strictObject({
  enabled: z.boolean(),
  url: z.string(),
  db: z.string(),
  username: z.string(),
  hasPassword: z.boolean(),
  machine: MachineSchema,
});

/** http(s) origin plus an optional path prefix; no query, no fragment, no credentials in it. */
export const ServerUrlSchema = z
  .string()
  .max(300)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (
        (u.protocol === 'https:' || u.protocol === 'http:') &&
        !u.username &&
        !u.password &&
        !u.search &&
        !u.hash
      );
    } catch {
      return false;
    }
  }, '服务器地址应为 https://主机[:端口][/路径] / expected https://host[:port][/path]');

/** CouchDB's own rule for database names. */
export const DbNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_$()+/-]{0,127}$/, '数据库名：小写字母开头 / database: starts with a-z');

/** Changes only the fields sent. `enabled: true` needs the server origin granted first. */
export const SyncPatchSchema = z.strictObject({
  enabled: z.boolean().optional(),
  url: ServerUrlSchema.optional(),
  db: DbNameSchema.optional(),
  username: z.string().max(200).optional(),
  password: z.string().max(500).optional(),
  machineName: z.string().trim().min(1).max(60).optional(),
});

export const SyncReplySchema = z.strictObject({
  config: SyncConfigViewSchema,
  status: SyncStatusSchema,
});

/** The team view is built by the worker from validated documents; checked structurally here. */
export const TeamViewSchema = z.custom<TeamView>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as TeamView).shops) &&
    typeof (v as TeamView).at === 'string',
  'expected a team view',
);
