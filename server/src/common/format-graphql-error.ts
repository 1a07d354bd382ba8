import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from './app-error.js';

/** Codes produced by GraphQL/Apollo itself whose messages are safe to show (they describe the request). */
const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

interface GraphQLErrorLike {
  originalError?: unknown;
}

/**
 * Duck-typed: graphql is loaded both as ESM and CommonJS, so `instanceof GraphQLError` is
 * unreliable, and Apollo's subclasses (ValidationError, SyntaxError, UserInputError) carry
 * their own class name — so look for the fields every GraphQLError has.
 */
function isGraphQLError(e: unknown): e is GraphQLErrorLike {
  if (!(e instanceof Error)) return false;
  const fields = e as Error & { extensions?: unknown };
  return (
    'locations' in fields &&
    'path' in fields &&
    'originalError' in fields &&
    typeof fields.extensions === 'object' &&
    fields.extensions !== null
  );
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError) {
    current = current.originalError;
  }
  return current;
}

/**
 * Turns any error into what a client may see: a stable code and a human message.
 * Anything unexpected is logged in full and reaches the client as INTERNAL_SERVER_ERROR
 * with no stack, SQL or driver text.
 */
export function createErrorFormatter(logger: Pick<Logger, 'error'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.details.fields ? { fields: original.details.fields } : {}),
          ...(typeof original.details['retryAfterSeconds'] === 'number'
            ? { retryAfterSeconds: original.details['retryAfterSeconds'] }
            : {}),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    // Apollo labels request problems (parse, validation, variable coercion) itself; their
    // messages describe the request, even when a scalar's parser raised the inner error.
    if (typeof code === 'string' && PASSTHROUGH_CODES.has(code) && isGraphQLError(error)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    // Variable coercion errors come from graphql-js before any resolver runs (no path);
    // their message names the variable and the expected type.
    if (!formatted.path && formatted.message.startsWith('Variable "$')) {
      return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error({ err: original }, 'unexpected error while handling a GraphQL request');
    return {
      ...base,
      message:
        'Something went wrong on our side. Please try again; if it keeps happening, contact IT.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * An AppError raised by a plugin before execution, as the GraphQLError Apollo expects there:
 * answered with HTTP 400 (not 500) and formatted like any AppError.
 */
export function requestRefusal(error: AppError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { http: { status: 400 } },
  });
}
