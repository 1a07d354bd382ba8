import { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { normalizeTicketNumber } from '@linje/shared';
import { isAgent } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { TICKET_POPULATE } from '../tickets/tickets.service.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { fts5Query, searchTerms, tsQuery } from './search-query.js';

const MAX_TEXT = 200;

/**
 * Full-text search over titles, descriptions, replies and (for agents) internal notes —
 * SQLite FTS5 or PostgreSQL tsvector/GIN, no external engine. Newest matches first.
 * Every query is limited to the viewer's tenants; staff only find their own tickets.
 */
@Injectable()
export class SearchService {
  constructor(private readonly em: EntityManager) {}

  /** Ids of matching tickets the viewer may see, newest match first. */
  async ticketIds(viewer: Viewer, text: string, limit: number): Promise<string[]> {
    if (text.length > MAX_TEXT) {
      throw AppError.badInput(`Search for at most ${MAX_TEXT} characters.`, [
        {
          field: 'text',
          code: 'TOO_LONG',
          message: `must be at most ${MAX_TEXT} characters`,
          params: { max: MAX_TEXT },
        },
      ]);
    }
    if (viewer.tenantIds.length === 0) return [];
    const agent = isAgent(viewer);
    const number = normalizeTicketNumber(text);
    if (number) {
      const hit = await this.em.findOne(
        Ticket,
        { number },
        { fields: ['id', 'caller', 'subject'] },
      );
      if (hit && (agent || [hit.caller.id, hit.subject.id].includes(viewer.personId)))
        return [hit.id];
    }
    const terms = searchTerms(text);
    if (terms.length === 0) return [];
    const postgres = this.em.getPlatform() instanceof PostgreSqlPlatform;
    const tenants = viewer.tenantIds.map(() => '?').join(', ');
    const own = agent ? '' : ` and s.kind <> 'NOTE' and (t.caller_id = ? or t.subject_id = ?)`;
    const join = agent ? '' : ' join ticket t on t.id = s.ticket_id';
    const ownParams = agent ? [] : [viewer.personId, viewer.personId];
    // Over-fetch rows (a ticket may match in several replies), then keep distinct tickets.
    const rowLimit = limit * 4;
    const sql = postgres
      ? `select s.ticket_id from ticket_search s${join} where s.doc @@ to_tsquery('simple', ?) and s.tenant_id in (${tenants})${own} order by s.id desc limit ${rowLimit}`
      : `select s.ticket_id from ticket_fts s${join} where ticket_fts match ? and s.tenant_id in (${tenants})${own} order by s.rowid desc limit ${rowLimit}`;
    const rows: { ticket_id: string }[] = await this.em
      .getConnection()
      .execute(sql, [
        postgres ? tsQuery(terms) : fts5Query(terms),
        ...viewer.tenantIds,
        ...ownParams,
      ]);
    return [...new Set(rows.map((r) => r.ticket_id))].slice(0, limit);
  }

  async tickets(viewer: Viewer, text: string, first: number): Promise<Ticket[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw AppError.badInput('Ask for between 1 and 100 results.', [
        {
          field: 'first',
          code: 'OUT_OF_RANGE',
          message: 'must be 1–100',
          params: { min: 1, max: 100 },
        },
      ]);
    }
    const ids = await this.ticketIds(viewer, text, first);
    if (ids.length === 0) return [];
    // ids come from a tenant-scoped query; the explicit tenant condition stands in for the
    // ORM filter so the relations are joined once each.
    const found = await this.em.find(
      Ticket,
      { id: { $in: ids }, tenant: { $in: viewer.tenantIds } },
      { populate: TICKET_POPULATE, filters: false },
    );
    const byId = new Map(found.map((t) => [t.id, t]));
    return ids.map((id) => byId.get(id)).filter((t): t is Ticket => t !== undefined);
  }
}
