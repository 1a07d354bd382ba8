import { ApolloServer } from '@apollo/server';
import {
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error.js';
import { createErrorFormatter } from '../common/format-graphql-error.js';
import { CompiledExecution } from './compiled-execution.js';

interface Ctx {
  calls: string[];
}

const Item = new GraphQLObjectType({
  name: 'Item',
  fields: { id: { type: new GraphQLNonNull(GraphQLString) }, n: { type: GraphQLInt } },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, Ctx>({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, args: { first: number }, ctx) => {
          ctx.calls.push('items');
          return Array.from({ length: args.first }, (_, i) => ({ id: `i${i}`, n: i }));
        },
      },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw AppError.badInput('Enter a name.', [
            { field: 'name', code: 'REQUIRED', message: 'is required' },
          ]);
        },
      },
      broken: {
        type: new GraphQLNonNull(GraphQLString),
        resolve: async () => null,
      },
      // A resolver that never finishes, as a runaway search would seem to a client.
      hangs: {
        type: GraphQLString,
        resolve: () => new Promise<string>(() => undefined),
      },
    },
  }),
  mutation: new GraphQLObjectType<unknown, Ctx>({
    name: 'Mutation',
    fields: {
      touch: {
        type: GraphQLInt,
        args: { by: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, args: { by: number }, ctx) => {
          ctx.calls.push(`touch ${args.by}`);
          return args.by;
        },
      },
    },
  }),
});

const servers: ApolloServer<Ctx>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

let compiled: CompiledExecution;

async function start(timeoutMs?: number): Promise<ApolloServer<Ctx>> {
  compiled = new CompiledExecution(timeoutMs);
  compiled.useSchema(schema);
  const logged: unknown[] = [];
  const server = new ApolloServer<Ctx>({
    gateway: compiled,
    formatError: createErrorFormatter({ error: (o: unknown) => logged.push(o) }),
  });
  await server.start();
  servers.push(server);
  return server;
}

async function run(
  server: ApolloServer<Ctx>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ result: unknown; calls: string[] }> {
  const calls: string[] = [];
  const res = await server.executeOperation({ query, variables }, { contextValue: { calls } });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { result: res.body.singleResult, calls };
}

/** Runs an operation three times: interpreted first, then compiled. */
async function thrice(
  server: ApolloServer<Ctx>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ result: unknown; calls: string[] }[]> {
  const out = [];
  for (let i = 0; i < 3; i++) out.push(await run(server, query, variables));
  return out;
}

describe('CompiledExecution', () => {
  it('answers compiled runs exactly as the first, interpreted one', async () => {
    const server = await start();
    const runs = await thrice(server, 'query($f: Int!) { items(first: $f) { id n } }', { f: 3 });
    expect(runs[0]?.result).toEqual({
      data: { items: [0, 1, 2].map((i) => ({ id: `i${i}`, n: i })) },
    });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(compiled.compiledOperations).toBe(1);
  });

  it('keeps the code and field problems of an AppError thrown by a resolver', async () => {
    const server = await start();
    const runs = await thrice(server, '{ refused }');
    const expected = {
      data: { refused: null },
      errors: [
        {
          message: 'Enter a name.',
          locations: [{ line: 1, column: 3 }],
          path: ['refused'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'name', code: 'REQUIRED', message: 'is required' }],
          },
        },
      ],
    };
    for (const r of runs) expect(r.result).toEqual(expected);
  });

  it('answers a null for a non-null field as an internal error, without the detail', async () => {
    const server = await start();
    const runs = await thrice(server, '{ broken }');
    for (const r of runs) {
      expect(r.result).toMatchObject({
        data: null,
        errors: [{ path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    }
  });

  it('refuses bad variables as graphql-js does, and runs nothing', async () => {
    const server = await start();
    const runs = await thrice(server, 'mutation($by: Int!) { touch(by: $by) }', { by: 'x' });
    for (const r of runs) {
      expect(r.calls).toEqual([]);
      expect(r.result).toEqual({
        errors: [
          {
            message:
              'Variable "$by" got invalid value "x"; Int cannot represent non-integer value: "x"',
            locations: [{ line: 1, column: 10 }],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
    // The same document with good variables runs once per request.
    const ok = await thrice(server, 'mutation($by: Int!) { touch(by: $by) }', { by: 2 });
    for (const r of ok) {
      expect(r.calls).toEqual(['touch 2']);
      expect(r.result).toEqual({ data: { touch: 2 } });
    }
  });

  it('answers an operation that runs too long with TIMEOUT, compiled or not', async () => {
    const server = await start(50);
    const runs = await thrice(server, '{ hangs }');
    for (const r of runs) {
      expect(r.result).toEqual({
        data: null,
        errors: [
          {
            message:
              'This request took too long and was stopped. Try again with a narrower search or fewer fields.',
            extensions: { code: 'TIMEOUT' },
          },
        ],
      });
    }
  });

  it('cannot serve before Nest hands over the schema', async () => {
    await expect(new CompiledExecution().load()).rejects.toThrow(/schema/);
  });
});
