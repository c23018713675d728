import { z } from 'zod';
import { HistorySchema } from '../history/model';

/** JSON Schema of the export format, generated from the zod model (docs/history.schema.json). */
export function historyJsonSchema(): string {
  const schema = z.toJSONSchema(HistorySchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'LivePace history export', ...schema }, null, 2)}\n`;
}
