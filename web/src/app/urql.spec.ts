import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { sessionEnded } from './urql';

function withExtensions(extensions: Record<string, unknown>): CombinedError {
  return new CombinedError({
    graphQLErrors: [{ message: 'Your session has ended. Please sign in again.', extensions }],
  });
}

describe('sessionEnded', () => {
  it('recognises the server’s SESSION_EXPIRED field code', () => {
    expect(
      sessionEnded(
        withExtensions({
          code: 'UNAUTHENTICATED',
          fields: [{ field: 'session', code: 'SESSION_EXPIRED', message: 'has ended' }],
        }),
      ),
    ).toBe(true);
  });

  it('leaves other sign-in failures alone', () => {
    expect(sessionEnded(withExtensions({ code: 'UNAUTHENTICATED' }))).toBe(false);
    expect(
      sessionEnded(
        withExtensions({
          code: 'UNAUTHENTICATED',
          fields: [{ field: 'identifier', code: 'ACCOUNT_LOCKED', message: 'is locked' }],
        }),
      ),
    ).toBe(false);
    expect(sessionEnded(new CombinedError({ networkError: new Error('offline') }))).toBe(false);
  });
});
