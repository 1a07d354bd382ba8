import { FlushMode, wrap, type EntityManager } from '@mikro-orm/core';

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

/**
 * Marks loaded entities as unchanged. Datetime properties of entities read back from SQLite
 * otherwise compare as changed on flush, which would write (and bump the version of) rows we
 * only read — e.g. a ticket an agent is editing while an escalation timer fires.
 */
export function markUnchanged(em: EntityManager, ...entities: object[]): void {
  const comparator = em.getComparator();
  for (const entity of entities) {
    const helper = wrap(entity, true);
    if (!helper.isInitialized()) continue;
    helper.__originalEntityData = comparator.prepareEntity(entity);
  }
}
