import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import {
  ASSET_KINDS,
  ASSET_STATUSES,
  assetStatusIsActive,
  csvText,
  isCalendarDate,
  mayMoveAsset,
  unguardCsvFormula,
  validateAssetTag,
  validatePriceMinor,
  type AssetKind,
  type AssetStatus,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { inTenant, mayManageAssets } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Asset } from './asset.entity.js';
import { currentStatus } from './assets.service.js';

/** The register's columns, in file order; people by username, units by their HR code. */
export const ASSET_CSV_COLUMNS = [
  'tag',
  'name',
  'kind',
  'status',
  'model',
  'serial',
  'purchase_date',
  'price_minor',
  'location',
  'assigned_person',
  'assigned_unit',
] as const;
type Column = (typeof ASSET_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ['tag', 'name', 'kind'];

const CSV_MAX_CHARS = 2_000_000;
export const ASSET_CSV_MAX_ROWS = 5_000;
const MAX_LENGTH: Partial<Record<Column, number>> = {
  name: 200,
  model: 200,
  serial: 100,
  location: 200,
};

export interface AssetImportProblem {
  /** The line of the file, the header being line 1. */
  row: number;
  column: string;
  code: string;
}

export interface AssetImportResult {
  created: number;
  updated: number;
  problems: AssetImportProblem[];
}

interface CheckedRow {
  row: number;
  tag: string;
  name: string;
  kind: AssetKind;
  status: AssetStatus | null;
  model: string | null;
  serial: string | null;
  purchaseDate: string | null;
  priceMinor: number | null;
  location: string | null;
  username: string | null;
  unitCode: string | null;
}

/** CSV export and import of a municipality's asset register. */
@Injectable()
export class AssetsCsvService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async export(viewer: Viewer, tenantId: string): Promise<string> {
    assertManage(viewer, tenantId);
    const assets = await this.em.find(
      Asset,
      { tenant: tenantId },
      { orderBy: { tag: 'asc' }, populate: ['assignedPerson', 'assignedUnit'] },
    );
    return csvText([
      [...ASSET_CSV_COLUMNS],
      ...assets.map((a) => [
        a.tag,
        a.name,
        a.kind,
        currentStatus(a),
        a.model ?? '',
        a.serial ?? '',
        a.purchaseDate ?? '',
        a.priceMinor === null || a.priceMinor === undefined ? '' : String(a.priceMinor),
        a.location ?? '',
        a.assignedPerson?.username ?? '',
        a.assignedUnit?.code ?? '',
      ]),
    ]);
  }

  /**
   * Every row is checked before anything is written: one bad row and nothing is imported.
   * Rows are matched to the register by tag, so importing the same file twice updates.
   */
  async import(viewer: Viewer, tenantId: string, text: string): Promise<AssetImportResult> {
    assertManage(viewer, tenantId);
    const refused = (row: number, column: string, code: string): AssetImportResult => ({
      created: 0,
      updated: 0,
      problems: [{ row, column, code }],
    });
    if (text.length > CSV_MAX_CHARS) return refused(1, '', 'FILE_TOO_LARGE');
    let records: string[][];
    try {
      records = parse(text.replace(/^\uFEFF/, ''), {
        skip_empty_lines: true,
        relax_column_count: true,
      }) as string[][];
    } catch (err) {
      const lines = (err as { lines?: number }).lines;
      return refused(lines ?? 1, '', 'MALFORMED');
    }
    const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
    for (const column of REQUIRED_COLUMNS) {
      if (!header.includes(column)) return refused(1, column, 'MISSING_COLUMN');
    }
    const unknown = header.find((h) => !(ASSET_CSV_COLUMNS as readonly string[]).includes(h));
    if (unknown !== undefined) return refused(1, unknown, 'UNKNOWN_COLUMN');
    const body = records.slice(1);
    if (body.length > ASSET_CSV_MAX_ROWS) return refused(1, '', 'TOO_MANY_ROWS');

    const problems: AssetImportProblem[] = [];
    const rows: CheckedRow[] = [];
    const seen = new Map<string, number>();
    body.forEach((cells, i) => {
      const row = i + 2;
      const cell = (column: Column): string => {
        const at = header.indexOf(column);
        return at < 0 ? '' : unguardCsvFormula((cells[at] ?? '').trim());
      };
      const bad = (column: Column, code: string) => problems.push({ row, column, code });
      const before = problems.length;
      const tag = validateAssetTag(cell('tag'));
      if (!tag.ok) bad('tag', tag.code);
      else if (seen.has(tag.tag)) bad('tag', 'DUPLICATE');
      else seen.set(tag.tag, row);
      const name = cell('name');
      if (!name) bad('name', 'REQUIRED');
      for (const column of Object.keys(MAX_LENGTH) as Column[]) {
        if (cell(column).length > (MAX_LENGTH[column] ?? 0)) bad(column, 'TOO_LONG');
      }
      const kind = cell('kind').toUpperCase();
      if (!(ASSET_KINDS as readonly string[]).includes(kind)) bad('kind', 'INVALID');
      const status = cell('status').toUpperCase();
      if (status && !(ASSET_STATUSES as readonly string[]).includes(status)) {
        bad('status', 'INVALID');
      }
      const date = cell('purchase_date');
      if (date && !isCalendarDate(date)) bad('purchase_date', 'INVALID');
      const priceText = cell('price_minor');
      let priceMinor: number | null = null;
      if (priceText) {
        const price = /^-?\d+$/.test(priceText)
          ? validatePriceMinor(Number(priceText))
          : ({ ok: false, code: 'INVALID' } as const);
        if (price.ok) priceMinor = price.minor;
        else bad('price_minor', price.code);
      }
      if (problems.length > before || !tag.ok) return;
      rows.push({
        row,
        tag: tag.tag,
        name,
        kind: kind as AssetKind,
        status: (status || null) as AssetStatus | null,
        model: cell('model') || null,
        serial: cell('serial') || null,
        purchaseDate: date || null,
        priceMinor,
        location: cell('location') || null,
        username: cell('assigned_person') || null,
        unitCode: cell('assigned_unit') || null,
      });
    });

    const usernames = [...new Set(rows.flatMap((r) => (r.username ? [r.username] : [])))];
    const codes = [...new Set(rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])))];
    const [people, units, existing] = await Promise.all([
      usernames.length
        ? this.em.find(Person, { tenant: tenantId, username: { $in: usernames } })
        : [],
      codes.length ? this.em.find(OrgUnit, { tenant: tenantId, code: { $in: codes } }) : [],
      rows.length
        ? this.em.find(Asset, { tenant: tenantId, tag: { $in: rows.map((r) => r.tag) } })
        : [],
    ]);
    const personBy = new Map(people.map((p) => [p.username, p]));
    const unitBy = new Map(units.map((u) => [u.code, u]));
    const assetBy = new Map(existing.map((a) => [a.tag, a]));
    for (const r of rows) {
      if (r.username && !personBy.has(r.username)) {
        problems.push({ row: r.row, column: 'assigned_person', code: 'NOT_FOUND' });
      }
      if (r.unitCode && !unitBy.has(r.unitCode)) {
        problems.push({ row: r.row, column: 'assigned_unit', code: 'NOT_FOUND' });
      }
      const found = assetBy.get(r.tag);
      if (found && r.status && !mayMoveAsset(currentStatus(found), r.status)) {
        problems.push({ row: r.row, column: 'status', code: 'TRANSITION_NOT_ALLOWED' });
      }
    }
    if (problems.length > 0) {
      problems.sort((a, b) => a.row - b.row);
      return { created: 0, updated: 0, problems };
    }

    try {
      return await this.em.transactional(async (em) => {
        const now = this.clock.now();
        const current = new Map(
          (await em.find(Asset, { tenant: tenantId, tag: { $in: rows.map((r) => r.tag) } })).map(
            (a) => [a.tag, a],
          ),
        );
        const person = (username: string | null) => {
          const p = username ? personBy.get(username) : undefined;
          return p ? em.getReference(Person, p.id) : null;
        };
        const unit = (code: string | null) => {
          const u = code ? unitBy.get(code) : undefined;
          return u ? em.getReference(OrgUnit, u.id) : null;
        };
        let created = 0;
        let updated = 0;
        for (const r of rows) {
          const fields = {
            name: r.name,
            kind: r.kind,
            model: r.model,
            serial: r.serial,
            purchaseDate: r.purchaseDate,
            priceMinor: r.priceMinor,
            location: r.location,
            assignedPerson: person(r.username),
            assignedUnit: unit(r.unitCode),
            updatedAt: now,
          };
          const found = current.get(r.tag);
          let asset: Asset;
          if (found) {
            if (r.status && !mayMoveAsset(currentStatus(found), r.status)) {
              throw AppError.conflict(
                'The register changed during the import; check the file again.',
              );
            }
            asset = found;
            const status = r.status ?? currentStatus(found);
            Object.assign(asset, fields, { status, active: assetStatusIsActive(status) });
            updated += 1;
          } else {
            const status = r.status ?? 'IN_USE';
            asset = em.create(Asset, {
              id: randomUUID(),
              tenant: em.getReference(Tenant, tenantId),
              tag: r.tag,
              ...fields,
              status,
              active: assetStatusIsActive(status),
              createdAt: now,
            });
            created += 1;
          }
          this.audit.record(em, {
            tenantId,
            actorId: viewer.personId,
            action: found ? 'asset.updated' : 'asset.created',
            entityType: 'Asset',
            entityId: asset.id,
            data: { tag: asset.tag, status: asset.status, source: 'csv' },
          });
        }
        return { created, updated, problems: [] };
      });
    } catch (err) {
      // Someone added one of the tags while the file was being checked.
      if (err instanceof UniqueConstraintViolationException) {
        throw AppError.conflict('The register changed during the import; import the file again.');
      }
      throw err;
    }
  }
}

function assertManage(viewer: Viewer, tenantId: string): void {
  if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
  if (!mayManageAssets(viewer, tenantId)) {
    throw AppError.forbidden('Only IT agents and administrators keep the asset register.');
  }
}
