import { ReferenceKind, type EntityManager, type EntityMetadata } from '@mikro-orm/core';
import { PERSON_DATA_MAP } from './person-data-map.js';

export type ExportedRow = Record<string, unknown>;

export interface PersonExport {
  personId: string;
  tenantId: string;
  generatedAt: string;
  /** Rows per entity, for every place the data map exports. */
  places: Record<string, ExportedRow[]>;
}

function plain(meta: EntityMetadata, row: object, secret: readonly string[]): ExportedRow {
  const out: ExportedRow = {};
  const values = row as Record<string, unknown>;
  for (const prop of meta.props) {
    if (secret.includes(prop.name)) continue;
    if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      const value = values[prop.name];
      out[prop.name] = value instanceof Date ? value.toISOString() : value;
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
      const ref = values[prop.name] as Record<string, unknown> | null | undefined;
      const pk = prop.targetMeta?.primaryKeys[0];
      out[prop.name] = ref && pk ? ref[pk] : null;
    }
  }
  return out;
}

/**
 * Every row the data map exports for one person, read with the given entity manager (which the
 * caller scopes to the person's tenant). Secrets listed in the map are left out.
 */
export async function collectPersonData(
  em: EntityManager,
  personId: string,
  tenantId: string,
  generatedAt: Date,
): Promise<PersonExport> {
  const places: Record<string, ExportedRow[]> = {};
  for (const place of PERSON_DATA_MAP) {
    if (!place.exported) continue;
    const meta = em.getMetadata().find(place.entity);
    if (!meta) continue;
    const relations = place.references.filter((name) => {
      const prop = meta.properties[name];
      return prop && (prop.kind !== ReferenceKind.SCALAR || prop.type !== 'json');
    });
    const arrays = place.references.filter((name) => !relations.includes(name));
    const pk = meta.primaryKeys[0] ?? 'id';
    const found = new Map<string, object>();
    if (relations.length > 0) {
      const rows = await em.find<object>(meta.className, {
        $or: relations.map((name) => ({ [name]: personId })),
      } as never);
      for (const row of rows) found.set(String((row as Record<string, unknown>)[pk]), row);
    }
    if (arrays.length > 0) {
      // Id lists in JSON columns cannot be queried alike on both dialects; these tables are small.
      const rows = await em.find<object>(meta.className, {});
      for (const row of rows) {
        const values = row as Record<string, unknown>;
        if (
          arrays.some(
            (name) => Array.isArray(values[name]) && (values[name] as unknown[]).includes(personId),
          )
        )
          found.set(String(values[pk]), row);
      }
    }
    places[place.entity] = [...found.values()].map((row) => plain(meta, row, place.secret ?? []));
  }
  return { personId, tenantId, generatedAt: generatedAt.toISOString(), places };
}
