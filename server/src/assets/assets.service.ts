import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import {
  assetStatusIsActive,
  isCalendarDate,
  mayMoveAsset,
  normaliseAssetTag,
  validateAssetTag,
  validatePriceMinor,
  type AssetStatus,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { inTenant, mayManageAssets } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { likeOperator, likeSpellings } from '../common/like-search.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Asset } from './asset.entity.js';
import type { SaveAssetInput } from './asset.input.js';

export const ASSET_PAGE_MAX = 50;
const NAME_MAX = 200;
const LOCATION_MAX = 200;
const MODEL_MAX = 200;
const SERIAL_MAX = 100;
/** What a register row shows besides its own columns. */
export const ASSET_POPULATE = ['tenant', 'assignedPerson', 'assignedUnit'] as const;

function problem(field: string, code: string, message: string, params?: Record<string, unknown>) {
  const p: FieldProblem = { field, code, message, ...(params ? { params } : {}) };
  return AppError.badInput(`The asset could not be saved: ${field} ${message}.`, [p]);
}

function optionalText(field: string, raw: string | null | undefined, max: number): string | null {
  const text = raw?.trim() || null;
  if (text && text.length > max) {
    throw problem(field, 'TOO_LONG', `must be at most ${max} characters`, { max });
  }
  return text;
}

/** Rows from before statuses existed are IN_USE by default; inactive ones are retired. */
export function currentStatus(asset: Asset): AssetStatus {
  return asset.active ? asset.status : 'RETIRED';
}

function transitionRefused(from: AssetStatus, to: AssetStatus): AppError {
  return problem('status', 'TRANSITION_NOT_ALLOWED', `cannot go from ${from} to ${to}`, {
    from,
    to,
  });
}

/** The asset register: what tickets can be about, per municipality. */
@Injectable()
export class AssetsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Agents and administrators of the tenant: by tag prefix or a word of the name, in name
   * order (the tenant + name index serves the order, so a page stops early).
   */
  async list(
    viewer: Viewer,
    tenantId: string,
    search: string | null | undefined,
    first: number | null | undefined,
  ): Promise<Asset[]> {
    this.assertManage(viewer, tenantId);
    if ((search ?? '').length > 200) throw AppError.badInput('The search is too long.');
    const limit = Math.min(Math.max(first ?? ASSET_PAGE_MAX, 1), ASSET_PAGE_MAX);
    // LIKE wildcards mean nothing in tags or names, so they are dropped rather than escaped.
    const text = (search ?? '').replace(/[%_\\]/g, '').trim();
    const database = this.config.database.kind;
    const like = likeOperator(database);
    const where = text
      ? {
          tenant: tenantId,
          $or: [
            { tag: { $like: `${normaliseAssetTag(text)}%` } },
            ...likeSpellings(database, text).map((s) => ({ name: { [like]: `%${s}%` } })),
          ],
        }
      : { tenant: tenantId };
    return this.em.find(Asset, where, {
      orderBy: { name: 'asc', id: 'asc' },
      limit,
      populate: ASSET_POPULATE,
    });
  }

  /** The tag on a sticker, looked up in the viewer's own municipality; null when unknown. */
  async byTag(viewer: Viewer, raw: string): Promise<Asset | null> {
    const checked = validateAssetTag(raw);
    if (!checked.ok) return null;
    return this.em.findOne(Asset, { tenant: viewer.homeTenantId, tag: checked.tag, active: true });
  }

  async save(viewer: Viewer, input: SaveAssetInput): Promise<Asset> {
    this.assertManage(viewer, input.tenantId);
    const tag = validateAssetTag(input.tag);
    if (!tag.ok) {
      throw problem('tag', tag.code, 'must be 2–40 characters of A–Z, 0–9 and -', {
        min: 2,
        max: 40,
      });
    }
    const name = input.name.trim();
    if (name.length === 0) throw problem('name', 'REQUIRED', 'is required');
    if (name.length > NAME_MAX) {
      throw problem('name', 'TOO_LONG', `must be at most ${NAME_MAX} characters`, {
        max: NAME_MAX,
      });
    }
    const location = input.location?.trim() || null;
    if (location && location.length > LOCATION_MAX) {
      throw problem('location', 'TOO_LONG', `must be at most ${LOCATION_MAX} characters`, {
        max: LOCATION_MAX,
      });
    }
    const model = optionalText('model', input.model, MODEL_MAX);
    const serial = optionalText('serial', input.serial, SERIAL_MAX);
    const purchaseDate = input.purchaseDate?.trim() || null;
    if (purchaseDate && !isCalendarDate(purchaseDate)) {
      throw problem('purchaseDate', 'INVALID', 'must be a date as YYYY-MM-DD');
    }
    let priceMinor: number | null = null;
    if (input.priceMinor !== null && input.priceMinor !== undefined) {
      const price = validatePriceMinor(input.priceMinor);
      if (!price.ok) throw problem('priceMinor', price.code, 'must be whole öre, not negative');
      priceMinor = price.minor;
    }
    try {
      return await this.em.transactional(async (em) => {
        const person = input.assignedPersonId
          ? await em.findOne(Person, { id: input.assignedPersonId, tenant: input.tenantId })
          : null;
        if (input.assignedPersonId && !person) throw AppError.notFound('The person');
        const unit = input.assignedUnitId
          ? await em.findOne(OrgUnit, { id: input.assignedUnitId, tenant: input.tenantId })
          : null;
        if (input.assignedUnitId && !unit) throw AppError.notFound('The unit');
        const taken = await em.findOne(Asset, { tenant: input.tenantId, tag: tag.tag });
        if (taken && taken.id !== input.id) throw this.duplicate();
        const now = this.clock.now();
        let asset: Asset;
        if (input.id) {
          const found = await em.findOne(Asset, { id: input.id, tenant: input.tenantId });
          if (!found) throw AppError.notFound('The asset');
          asset = found;
          const from = currentStatus(asset);
          const to = input.status ?? from;
          if (!mayMoveAsset(from, to)) throw transitionRefused(from, to);
          Object.assign(asset, {
            tag: tag.tag,
            name,
            kind: input.kind,
            location,
            model,
            serial,
            purchaseDate,
            priceMinor,
            assignedPerson: person,
            assignedUnit: unit,
            status: to,
            active: assetStatusIsActive(to),
            shared: input.shared ?? asset.shared,
            updatedAt: now,
          });
        } else {
          const status = input.status ?? 'IN_USE';
          asset = em.create(Asset, {
            id: randomUUID(),
            tenant: em.getReference(Tenant, input.tenantId),
            tag: tag.tag,
            name,
            kind: input.kind,
            location,
            model,
            serial,
            purchaseDate,
            priceMinor,
            assignedPerson: person,
            assignedUnit: unit,
            status,
            active: assetStatusIsActive(status),
            shared: input.shared ?? false,
            createdAt: now,
            updatedAt: now,
          });
        }
        this.audit.record(em, {
          tenantId: input.tenantId,
          actorId: viewer.personId,
          action: input.id ? 'asset.updated' : 'asset.created',
          entityType: 'Asset',
          entityId: asset.id,
          data: {
            tag: asset.tag,
            name: asset.name,
            kind: asset.kind,
            status: asset.status,
            assignedPersonId: asset.assignedPerson?.id ?? null,
            assignedUnitId: asset.assignedUnit?.id ?? null,
          },
        });
        await em.populate(asset, ASSET_POPULATE);
        return asset;
      });
    } catch (err) {
      // Two saves of the same tag at once: the unique index decides.
      if (err instanceof UniqueConstraintViolationException) throw this.duplicate();
      throw err;
    }
  }

  async setActive(viewer: Viewer, id: string, active: boolean): Promise<Asset> {
    return this.em.transactional(async (em) => {
      const asset = await em.findOne(Asset, { id }, { populate: ASSET_POPULATE });
      if (!asset || !inTenant(viewer, asset.tenant.id)) throw AppError.notFound('The asset');
      this.assertManage(viewer, asset.tenant.id);
      if (asset.active !== active) {
        // Deactivating retires; reactivating brings the asset back into stock.
        asset.status = active ? 'IN_STOCK' : 'RETIRED';
        asset.active = active;
        asset.updatedAt = this.clock.now();
        this.audit.record(em, {
          tenantId: asset.tenant.id,
          actorId: viewer.personId,
          action: active ? 'asset.activated' : 'asset.deactivated',
          entityType: 'Asset',
          entityId: asset.id,
          data: { tag: asset.tag },
        });
      }
      return asset;
    });
  }

  /** Outside the tenant: NOT_FOUND (nothing revealed); inside without the role: FORBIDDEN. */
  private assertManage(viewer: Viewer, tenantId: string): void {
    if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
    if (!mayManageAssets(viewer, tenantId)) {
      throw AppError.forbidden('Only IT agents and administrators keep the asset register.');
    }
  }

  private duplicate(): AppError {
    return problem('tag', 'DUPLICATE', 'is already used by another asset of the municipality');
  }
}
