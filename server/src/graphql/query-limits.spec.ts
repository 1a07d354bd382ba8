import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_DEPTH, depthLimitRule } from './query-limits.js';

// A recursive type, as people → manager → manager… could become.
const schema = buildSchema(`
  type Node { id: ID!, parent: Node }
  type Query { node: Node }
`);

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 1; i < depth; i++) selection = `parent { ${selection} }`;
  return `{ node { ${selection} } }`;
}

describe('depth limit', () => {
  it(`allows operations ${MAX_QUERY_DEPTH} levels deep`, () => {
    expect(validate(schema, parse(nested(MAX_QUERY_DEPTH)), [depthLimitRule])).toEqual([]);
  });

  it('refuses deeper operations with a clear message', () => {
    const errors = validate(schema, parse(nested(MAX_QUERY_DEPTH + 2)), [depthLimitRule]);
    expect(errors.map((e) => e.message)).toEqual([
      `'' exceeds maximum operation depth of ${MAX_QUERY_DEPTH}`,
    ]);
  });

  it('leaves fragments that spread each other in a circle to the rule that refuses them', () => {
    const cycle = parse(
      'query { node { ...A } } fragment A on Node { parent { ...B } } fragment B on Node { ...A }',
    );
    const errors = validate(schema, cycle, [...specifiedRules, depthLimitRule]);
    expect(errors.map((e) => e.message)).toContain(
      'Cannot spread fragment "A" within itself via "B".',
    );
  });
});
