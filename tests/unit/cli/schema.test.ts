import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyJsonSchema } from '../../../src/rules/history-json-schema';

describe('docs/history.schema.json', () => {
  it('equals the schema generated from the zod model (run `npm run schema`)', () => {
    expect(readFileSync('docs/history.schema.json', 'utf8')).toBe(historyJsonSchema());
  });
});
