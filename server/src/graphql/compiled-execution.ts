import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { AppError } from '../common/app-error.js';

/** A document is compiled the second time it is run, so one-off operations cost no compiling. */
const COMPILE_AFTER_RUNS = 2;

interface Compiled {
  runs: number;
  /** Per operation name ('' for the only operation); null when graphql-jit cannot compile it. */
  byOperation: Map<string, CompiledQuery | null>;
}

/**
 * The error graphql-jit reports: GraphQLError's fields, and even its prototype, but not
 * its constructor, so `extensions` may be missing where Apollo and our formatter expect it.
 */
interface JitError {
  message: string;
  locations?: readonly SourceLocation[];
  path?: readonly (string | number)[];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
}

/**
 * Runs Apollo's operations with graphql-jit, which turns each operation into a plain
 * JavaScript function once and then runs that: graphql-js interprets the query tree on
 * every request, which was a third of a 50-row queue page's time inside the server.
 *
 * Apollo lets an executor be plugged in only through its gateway interface, so this is
 * one; it serves the schema Nest built (captured by `useSchema`, Nest's `transformSchema`
 * hook). Parsing, validation, plugins and error formatting stay Apollo's. Results match
 * graphql-js's, with two details handled here: graphql-jit's errors become graphql-js
 * GraphQLErrors (so the error formatter finds the original AppError), and variable
 * coercion failures, where nothing has run yet, are answered by graphql-js itself, so
 * their messages and BAD_USER_INPUT classification stay exactly Apollo's.
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  /** Operations compiled so far (observability and tests). */
  compiledOperations = 0;
  private readonly documents = new WeakMap<DocumentNode, Compiled>();

  /** @param timeoutMs an operation still running after this long is answered with TIMEOUT. */
  constructor(private readonly timeoutMs = 15_000) {}

  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  async load(): Promise<{ executor: GatewayExecutor }> {
    this.requireSchema();
    return { executor: (requestContext) => this.execute(requestContext) };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async stop(): Promise<void> {}

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution: the schema has not been built yet');
    return this.schema;
  }

  /**
   * Answers TIMEOUT when an operation runs too long, so a client (and the connection it
   * holds) is not kept waiting on, say, a pathological search. JavaScript cannot stop the
   * resolvers already running; their transaction finishes or rolls back on its own, and
   * the client's answer says plainly that nothing may be assumed about it.
   */
  private async execute(
    requestContext: GatewayGraphQLRequestContext,
  ): Promise<GatewayExecutionResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<GatewayExecutionResult>((resolve) => {
      timer = setTimeout(() => {
        const error = new AppError(
          'TIMEOUT',
          'This request took too long and was stopped. Try again with a narrower search or fewer fields.',
        );
        resolve({
          data: null,
          errors: [new GraphQLError(error.message, { originalError: error })],
        });
      }, this.timeoutMs);
      timer.unref();
    });
    try {
      return await Promise.race([this.run(requestContext), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(requestContext: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    const { document, operationName, context } = requestContext;
    const variables = requestContext.request.variables ?? {};
    const compiled = this.compiled(document, operationName);
    if (!compiled) return this.interpret(requestContext);
    const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
    // No data at all: the variables were refused before anything ran.
    if (!('data' in result)) return this.interpret(requestContext);
    return result.errors ? { ...result, errors: result.errors.map(toGraphQLError) } : result;
  }

  private compiled(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let entry = this.documents.get(document);
    if (!entry) {
      entry = { runs: 0, byOperation: new Map() };
      this.documents.set(document, entry);
    }
    entry.runs += 1;
    if (entry.runs < COMPILE_AFTER_RUNS) return null;
    const key = operationName ?? '';
    let query = entry.byOperation.get(key);
    if (query === undefined) {
      const made = compileQuery(this.requireSchema(), document, operationName ?? undefined);
      query = isCompiledQuery(made) ? made : null;
      if (query) this.compiledOperations += 1;
      entry.byOperation.set(key, query);
    }
    return query;
  }

  /** graphql-js, for first runs and for whatever graphql-jit cannot compile or coerce. */
  private async interpret(
    requestContext: GatewayGraphQLRequestContext,
  ): Promise<GatewayExecutionResult> {
    return execute({
      schema: this.requireSchema(),
      document: requestContext.document,
      contextValue: requestContext.context,
      variableValues: requestContext.request.variables,
      operationName: requestContext.operationName,
    });
  }
}

function toGraphQLError(error: JitError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations?.length) {
    Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  }
  return converted;
}
