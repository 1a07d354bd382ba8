import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from './app-error.js';
import { createErrorFormatter } from './format-graphql-error.js';

function wrap(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['createTicket'] });
}

describe('createErrorFormatter', () => {
  it('passes AppError codes, messages and field problems through', () => {
    const format = createErrorFormatter({ error: vi.fn() });
    const err = wrap(
      AppError.badInput('Title is empty.', [
        { field: 'title', code: 'EMPTY', message: 'must not be empty' },
      ]),
    );
    const out = format(err.toJSON(), err);
    expect(out).toMatchObject({
      message: 'Title is empty.',
      path: ['createTicket'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'title', code: 'EMPTY' }] },
    });
  });

  it('hides driver errors, SQL and stacks behind INTERNAL_SERVER_ERROR and logs them', () => {
    const logger = { error: vi.fn() };
    const format = createErrorFormatter(logger);
    const driver = new Error(
      "insert into `ticket` (`title`) values ('x') - SQLITE_ERROR: unrecognized token",
    );
    const err = wrap(driver);
    const out = format(
      { ...err.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      err,
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toMatch(/SQLITE|insert/i);
    expect(JSON.stringify(out)).not.toMatch(/stacktrace|SQLITE/);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('keeps GraphQL validation messages, which describe the request', () => {
    const format = createErrorFormatter({ error: vi.fn() });
    const err = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const out = format(err.toJSON(), err);
    expect(out).toMatchObject({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('recognises GraphQL error subclasses that rename themselves, like the ValidationError of Apollo', () => {
    class ValidationError extends GraphQLError {
      constructor(message: string) {
        super(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
        this.name = 'ValidationError';
      }
    }
    const logger = { error: vi.fn() };
    const err = new ValidationError('Cannot query field "me" on type "Query".');
    const out = createErrorFormatter(logger)(err.toJSON(), err);
    expect(out).toMatchObject({
      message: 'Cannot query field "me" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(logger.error).not.toHaveBeenCalled();
  });
});
