import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';
import { CompiledExecution } from './compiled-execution.js';

/** Every field reachable without required arguments, `depth` levels deep. */
function selectAll(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth > 0 && isObjectType(named)) return [`${field.name} ${selectAll(named, depth - 1)}`];
    return [];
  });
  return `{ __typename ${fields.join(' ')} }`;
}

const needsNoArguments = (field: GraphQLField<unknown, unknown>): boolean =>
  !field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

describe('compiled execution against the real schema', () => {
  let app: TestApp;
  let compiled: CompiledExecution;
  let agent: string;
  let admin: string;

  beforeAll(async () => {
    app = await TestApp.start();
    compiled = app.running.app.get(CompiledExecution, { strict: false });
    agent = await app.signIn('SAOR9112');
    admin = await app.signIn('AXNS8514');
  });
  afterAll(() => app.stop());

  /** The first run is interpreted by graphql-js, the next two run compiled: all must agree. */
  async function sameThrice(
    query: string,
    variables: Record<string, unknown>,
    cookie: string,
  ): Promise<unknown> {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const { status, data, errors } = await app.gql(query, variables, cookie);
      runs.push({ status, data, errors });
    }
    expect(runs[1], query).toEqual(runs[0]);
    expect(runs[2], query).toEqual(runs[0]);
    return runs[0];
  }

  it('answers every query the schema offers without arguments exactly as graphql-js does', async () => {
    const schema = app.running.app.get(GraphQLSchemaHost).schema;
    const queryType = schema.getQueryType();
    if (!queryType) throw new Error('no query type');
    const fields = Object.values(queryType.getFields()).filter(needsNoArguments);
    expect(fields.length).toBeGreaterThan(10);
    const before = compiled.compiledOperations;
    let answered = 0;
    for (const field of fields) {
      const named = getNamedType(field.type);
      const selection = isObjectType(named) ? ` ${selectAll(named, 2)}` : '';
      for (const cookie of [agent, admin]) {
        const result = (await sameThrice(`{ ${field.name}${selection} }`, {}, cookie)) as {
          data?: unknown;
        };
        if (result.data) answered++;
      }
    }
    expect(answered).toBeGreaterThan(fields.length);
    // One compilation per document, shared by both people (Apollo keeps one per query text).
    expect(compiled.compiledOperations - before).toBe(fields.length);
  });

  it('agrees on variables, aliases, fragments, @include/@skip and introspection', async () => {
    const queue = `query($statuses: [TicketStatus!], $withPeople: Boolean!, $first: Int) {
      open: queue(first: $first, statuses: $statuses, sort: SLA_DUE) {
        nodes { ...row caller @include(if: $withPeople) { displayName } operator @skip(if: $withPeople) { id } }
        pageInfo { endCursor hasNextPage }
      }
      counts: queueCounts { tenantId status count }
    }
    fragment row on Ticket { id number title status priority slaDueAt createdAt tenant { code } }`;
    for (const withPeople of [true, false]) {
      const result = (await sameThrice(
        queue,
        { statuses: ['NEW', 'IN_PROGRESS'], withPeople, first: 7 },
        agent,
      )) as { data: { open: { nodes: Record<string, unknown>[] } } };
      const nodes = result.data.open.nodes;
      expect(nodes).toHaveLength(7);
      expect('caller' in nodes[0]!).toBe(withPeople);
      expect('operator' in nodes[0]!).toBe(!withPeople);
    }
    const introspection = (await sameThrice(getIntrospectionQuery(), {}, agent)) as {
      data: { __schema: { types: unknown[] } };
    };
    expect(introspection.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses the same bad input the same way, compiled or not', async () => {
    const bad = 'query($s: [TicketStatus!]) { queue(first: 5, statuses: $s) { nodes { id } } }';
    const result = (await sameThrice(bad, { s: ['NOPE'] }, agent)) as {
      errors: { extensions: { code: string } }[];
    };
    expect(result.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const notFound = (await sameThrice(
      'query($id: ID!) { ticket(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      agent,
    )) as { errors: { extensions: { code: string } }[] };
    expect(notFound.errors[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
