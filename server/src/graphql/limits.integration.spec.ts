import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';
import { MAX_ALIASES, MAX_QUERY_DEPTH, MAX_TOKENS } from './query-limits.js';

function codes(res: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

describe('GraphQL request limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it(`refuses operations deeper than ${MAX_QUERY_DEPTH} levels`, async () => {
    let selection = '__typename';
    for (let i = 0; i < MAX_QUERY_DEPTH + 1; i++) selection = `viewer { ${selection} }`;
    const res = await app.gql(`{ ${selection} }`);
    expect(codes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message)).toContain(
      `'' exceeds maximum operation depth of ${MAX_QUERY_DEPTH}`,
    );
  });

  it('still answers the standard introspection query, whose nesting is not data recursion', async () => {
    const res = await app.gql<{ __schema: { types: unknown[] } }>(
      '{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it(`allows ${MAX_ALIASES} aliases and refuses one more`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const ok = await app.gql<Record<string, string>>(aliases(MAX_ALIASES));
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data ?? {})).toHaveLength(MAX_ALIASES);
    const refused = await app.gql(aliases(MAX_ALIASES + 1));
    expect(refused.data).toBeUndefined();
    expect(codes(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.errors?.[0]?.message).toBe(
      `This request uses more than ${MAX_ALIASES} aliases. Split it into smaller requests.`,
    );
  });

  it(`refuses documents of more than ${MAX_TOKENS} tokens before parsing them whole`, async () => {
    const res = await app.gql(`{ ${'__typename '.repeat(MAX_TOKENS)} }`);
    expect(codes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.errors?.[0]?.message).toMatch(/Document contains more th.. 2000 tokens/);
  });

  it('refuses an array of operations in one request (no batching)', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/"data"/);
  });

  it('refuses request bodies above the size limit with PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(3_000_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a cross-site form post (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});

describe('GraphQL in production (introspection off)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ demo: false, env: { GRAPHQL_INTROSPECTION: 'false' } });
  });
  afterAll(() => app.stop());

  it('refuses introspection', async () => {
    const schema = await app.gql('{ __schema { types { name } } }');
    expect(codes(schema)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(schema.data).toBeUndefined();
    const type = await app.gql('{ __type(name: "Ticket") { fields { name } } }');
    expect(codes(type)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const res = await app.gql('{ viewe { id } }');
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|viewer/);
  });

  it('is off unless configured', () => {
    expect(app.config.graphql.introspection).toBe(false);
  });
});
