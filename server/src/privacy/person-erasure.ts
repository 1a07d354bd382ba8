import { ReferenceKind, type EntityManager } from '@mikro-orm/core';
import { Person } from '../people/person.entity.js';
import { PERSON_DATA_MAP } from './person-data-map.js';

export interface ErasureResult {
  pseudonym: string;
  /** Rows deleted per entity (the places whose rule is DELETE). */
  deleted: Record<string, number>;
}

/** The name an erased person shows under: the same in every language, and not guessable back. */
export function pseudonymOf(personId: string): string {
  return `P-${personId.replaceAll('-', '').slice(0, 10)}`;
}

/**
 * Erases a person as the data map says, with the caller's transaction: rows that are the
 * person's own are deleted; records of the organisation (tickets, replies, escalations) stay
 * and point at the person row, which keeps its id and loses everything that identifies them.
 */
export async function erasePersonData(em: EntityManager, person: Person): Promise<ErasureResult> {
  const deleted: Record<string, number> = {};
  for (const place of PERSON_DATA_MAP) {
    if (place.erasure !== 'DELETE') continue;
    const meta = em.getMetadata().find(place.entity);
    if (!meta) continue;
    const relations = place.references.filter(
      (name) => meta.properties[name]?.kind === ReferenceKind.MANY_TO_ONE,
    );
    if (relations.length === 0) continue;
    deleted[place.entity] = await em.nativeDelete<object>(meta.className, {
      $or: relations.map((name) => ({ [name]: person.id })),
    } as never);
  }
  const pseudonym = pseudonymOf(person.id);
  person.givenName = '';
  person.surname = pseudonym;
  person.username = `erased-${person.id.replaceAll('-', '').slice(0, 16)}`;
  person.email = null;
  person.mobile = null;
  person.workPhone = null;
  person.jobTitle = null;
  person.personNumber = null;
  person.birthDate = null;
  person.passwordHash = null;
  person.accountEnabled = false;
  person.absent = false;
  person.roles = [];
  person.manager = null;
  person.deputy = null;
  person.failedSignIns = 0;
  person.lastFailedSignInAt = null;
  return { pseudonym, deleted };
}

export function isErased(person: Person): boolean {
  return person.username.startsWith('erased-') && !person.accountEnabled;
}
