import { FlushMode, type EntityManager } from '@mikro-orm/core';

/**
 * Runs `fn` with auto-flush off, so queries inside a ticket hook do not write the ticket
 * half-changed (which would bump its version twice in one change).
 */
export async function withoutAutoFlush<T>(em: EntityManager, fn: () => Promise<T>): Promise<T> {
  const previous = (em as unknown as { flushMode?: FlushMode }).flushMode;
  em.setFlushMode(FlushMode.COMMIT);
  try {
    return await fn();
  } finally {
    em.setFlushMode(previous);
  }
}
