// npm run schema: writes docs/history.schema.json from the zod history model.
import { writeFileSync } from 'node:fs';
import { historyJsonSchema } from '../src/rules/history-json-schema';

writeFileSync('docs/history.schema.json', historyJsonSchema());
console.log('wrote docs/history.schema.json');
