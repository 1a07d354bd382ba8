import { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { normalizeTicketNumber } from '@linje/shared';
import { isAgent } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { QUEUE_SELECT, marks, toQueueModel, type QueueRow } from '../queue/queue-sql.js';
import type { TicketModel } from '../tickets/models/ticket.model.js';
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
    const tenants = marks(viewer.tenantIds);
    if (!agent) return this.ownTicketIds(viewer, terms, limit);
    const postgres = this.em.getPlatform() instanceof PostgreSqlPlatform;
    // Over-fetch rows (a ticket may match in several replies), then keep distinct tickets.
    const rowLimit = limit * 4;
    const sql = postgres
      ? `select s.ticket_id from ticket_search s where s.doc @@ to_tsquery('simple', ?) and s.tenant_id in (${tenants}) order by s.id desc limit ${rowLimit}`
      : `select s.ticket_id from ticket_fts s where ticket_fts match ? and s.tenant_id in (${tenants}) order by s.rowid desc limit ${rowLimit}`;
    const rows: { ticket_id: string }[] = await this.em
      .getConnection()
      .execute(sql, [postgres ? tsQuery(terms) : fts5Query(terms), ...viewer.tenantIds]);
    return [...new Set(rows.map((r) => r.ticket_id))].slice(0, limit);
  }

  /**
   * Staff search only their own tickets (as caller or subject) — a handful of rows found
   * through the caller/subject indexes — so those are read first and matched word by word,
   * instead of walking every full-text match in the municipality. Notes never match.
   */
  private async ownTicketIds(viewer: Viewer, terms: string[], limit: number): Promise<string[]> {
    const like = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const perTerm =
      "(lower(t.title) like ? escape '\\' or lower(t.description) like ? escape '\\' or exists " +
      "(select 1 from ticket_entry e where e.ticket_id = t.id and e.kind = 'REPLY' and lower(e.body) like ? escape '\\'))";
    const rows: { id: string }[] = await this.em
      .getConnection()
      .execute(
        `select t.id from ticket t where t.tenant_id in (${marks(viewer.tenantIds)}) ` +
          `and (t.caller_id = ? or t.subject_id = ?) and ${terms.map(() => perTerm).join(' and ')} ` +
          `order by t.created_at desc, t.id desc limit ${Math.floor(limit)}`,
        [
          ...viewer.tenantIds,
          viewer.personId,
          viewer.personId,
          ...terms.flatMap((term) => [like(term), like(term), like(term)]),
        ],
      );
    return rows.map((r) => r.id);
  }

  async tickets(viewer: Viewer, text: string, first: number): Promise<TicketModel[]> {
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
    // Read like the queue (one statement, no entity hydration), still tenant-scoped.
    const rows: QueueRow[] = await this.em
      .getConnection()
      .execute(
        `${QUEUE_SELECT} where t.id in (${marks(ids)}) and t.tenant_id in (${marks(viewer.tenantIds)})`,
        [...ids, ...viewer.tenantIds],
      );
    const byId = new Map(rows.map((r) => [String(r['id']), toQueueModel(r)]));
    return ids.map((id) => byId.get(id)).filter((t): t is TicketModel => t !== undefined);
  }
}
