import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, envelope, eventContract, MAX_ENVELOPE_BYTES } from './contract';

/*
 * The contract as JSON Schema, compared with the committed snapshot in
 * contract.schema.json. Loosening a schema (dropping a .max, widening a regex)
 * changes no behaviour any other test sees, so it must show up here, in review:
 * an intended change is accepted with `npx vitest run src/shared/contract.schema.test.ts -u`.
 */
function asJsonSchema(schema: z.ZodType) {
  // The $schema address is the same for every entry and is no part of the contract.
  // The one custom type, an envelope's bytes, is written as what it checks; anything else unrepresentable still throws.
  const json: Record<string, unknown> = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: ({ zodSchema }) => (zodSchema === envelope ? { 'x-cairn-type': 'Uint8Array', 'x-cairn-max-bytes': MAX_ENVELOPE_BYTES } : 'throw'),
  });
  delete json.$schema;
  return json;
}

/** An anchored pattern with no open-ended repetition admits only strings of bounded length. */
const boundedPattern = (pattern: unknown) =>
  typeof pattern === 'string' && pattern.startsWith('^') && pattern.endsWith('$') && !/[*+]|\{\d+,\}/.test(pattern.replace(/\\./g, ''));

function snapshot() {
  const channels = Object.fromEntries(
    Object.entries(contract).map(([name, spec]) => [name, { request: asJsonSchema(spec.request), response: asJsonSchema(spec.response) }]),
  );
  const events = Object.fromEntries(Object.entries(eventContract).map(([name, schema]) => [name, asJsonSchema(schema)]));
  return { channels, events };
}

describe('the IPC contract', () => {
  it('matches the committed JSON Schema snapshot', async () => {
    await expect(`${JSON.stringify(snapshot(), null, 2)}\n`).toMatchFileSnapshot('./contract.schema.json');
  });

  it('bounds every string and array a request can carry', () => {
    // Every request string/array must have a maximum, so a hostile page cannot
    // hand main an unbounded value; this walks the schema rather than trusting review.
    const unbounded: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'string' && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined && !boundedPattern(schema.pattern)) {
        unbounded.push(where);
      }
      if (schema.type === 'array' && schema.maxItems === undefined) unbounded.push(where);
      if (schema['x-cairn-type'] === 'Uint8Array' && typeof schema['x-cairn-max-bytes'] !== 'number') unbounded.push(where);
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}.${key}`);
    };
    for (const [name, spec] of Object.entries(contract)) walk(asJsonSchema(spec.request), name);
    expect(unbounded).toEqual([]);
  });
});
