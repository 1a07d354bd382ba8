import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  csvText,
  currencyForCountry,
  isCalendarDate,
  isMonth,
  monthCharge,
  nextMonth,
  validatePriceMinor,
  type Currency,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { inTenant, mayAdministerTenant, mayManageAssets } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { AssetCharge, AssetPrice } from './asset-charge.entity.js';
import { Asset } from './asset.entity.js';
import { currentStatus } from './assets.service.js';

const KEY_MAX = 200;

export function priceKey(model: string): string {
  return model.trim().toUpperCase();
}

export interface ChargebackLine {
  unitId: string;
  unitName: string;
  costCentre: string;
  assetId: string;
  assetTag: string;
  assetName: string;
  days: number;
  monthlyMinor: number;
  amountMinor: number;
}

export interface ChargebackReport {
  tenantId: string;
  month: string;
  currency: Currency;
  totalMinor: number;
  lines: ChargebackLine[];
}

function bad(field: string, code: string, message: string): AppError {
  return AppError.badInput(message, [{ field, code, message }]);
}

/** The price list, transfers of equipment between people, and the monthly charge-back. */
@Injectable()
export class AssetChargesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async prices(viewer: Viewer, tenantId: string): Promise<AssetPrice[]> {
    assertManage(viewer, tenantId);
    return this.em.find(AssetPrice, { tenant: tenantId }, { orderBy: { key: 'asc' } });
  }

  /** Administrators of the municipality set what a model costs a unit per month. */
  async savePrice(
    viewer: Viewer,
    tenantId: string,
    model: string,
    monthlyMinor: number,
  ): Promise<AssetPrice> {
    if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
    if (!mayAdministerTenant(viewer, tenantId)) {
      throw AppError.forbidden('Only administrators of the municipality keep the price list.');
    }
    const key = priceKey(model);
    if (!key) throw bad('model', 'REQUIRED', 'The model is required.');
    if (key.length > KEY_MAX) throw bad('model', 'TOO_LONG', 'The model is too long.');
    const price = validatePriceMinor(monthlyMinor);
    if (!price.ok)
      throw bad('monthlyMinor', price.code, 'The charge must be whole öre, not negative.');
    try {
      return await this.em.transactional(async (em) => {
        const now = this.clock.now();
        let row = await em.findOne(AssetPrice, { tenant: tenantId, key });
        if (row) Object.assign(row, { monthlyMinor: price.minor, updatedAt: now });
        else {
          row = em.create(AssetPrice, {
            id: randomUUID(),
            tenant: em.getReference(Tenant, tenantId),
            key,
            monthlyMinor: price.minor,
            updatedAt: now,
          });
        }
        this.audit.record(em, {
          tenantId,
          actorId: viewer.personId,
          action: 'asset.price_saved',
          entityType: 'AssetPrice',
          entityId: row.id,
          data: { key, monthlyMinor: price.minor },
        });
        return row;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw AppError.conflict('The price was saved by someone else at the same time.');
      }
      throw err;
    }
  }

  /**
   * Hands an asset to a person from a date: the assignment and the charge move to the
   * person's unit from that day (the previous unit pays up to the day before).
   */
  async transfer(viewer: Viewer, assetId: string, personId: string, date: string): Promise<Asset> {
    const found = await this.em.transactional(async (em) => {
      const asset = await em.findOne(Asset, { id: assetId }, { populate: ['assignedUnit'] });
      if (!asset || !inTenant(viewer, asset.tenant.id)) throw AppError.notFound('The asset');
      const tenantId = asset.tenant.id;
      assertManage(viewer, tenantId);
      if (!isCalendarDate(date)) throw bad('date', 'INVALID', 'The date must be YYYY-MM-DD.');
      if (currentStatus(asset) === 'RETIRED') {
        throw bad('assetId', 'ASSET_INACTIVE', 'A retired asset cannot be handed out.');
      }
      const person = await em.findOne(
        Person,
        { id: personId, tenant: tenantId },
        { populate: ['orgUnit'] },
      );
      if (!person) throw AppError.notFound('The person');
      const unit: OrgUnit | null | undefined = person.orgUnit;
      if (!unit) throw bad('personId', 'NO_UNIT', 'The person belongs to no unit to charge.');
      const open = await em.findOne(AssetCharge, { asset, tenant: tenantId, endsOn: null });
      if (open && date < open.startsOn) {
        throw bad('date', 'BEFORE_CURRENT_CHARGE', 'The date is before the current charge began.');
      }
      const price = asset.model
        ? await em.findOne(AssetPrice, { tenant: tenantId, key: priceKey(asset.model) })
        : null;
      if (open) {
        if (open.startsOn === date) em.remove(open);
        else open.endsOn = date;
      }
      const from = asset.assignedPerson?.id ?? null;
      const fromUnit = asset.assignedUnit?.id ?? null;
      em.create(AssetCharge, {
        id: randomUUID(),
        tenant: asset.tenant,
        asset,
        unit,
        monthlyMinor: price?.monthlyMinor ?? open?.monthlyMinor ?? 0,
        startsOn: date,
        endsOn: null,
        createdAt: this.clock.now(),
      });
      asset.assignedPerson = person;
      asset.assignedUnit = unit;
      if (asset.status !== 'IN_USE') asset.status = 'IN_USE';
      asset.updatedAt = this.clock.now();
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'asset.transferred',
        entityType: 'Asset',
        entityId: asset.id,
        data: {
          tag: asset.tag,
          date,
          fromPersonId: from,
          fromUnitId: fromUnit,
          toPersonId: person.id,
          toUnitId: unit.id,
        },
      });
      return asset;
    });
    await this.em.populate(found, ['tenant', 'assignedPerson', 'assignedUnit']);
    return found;
  }

  /**
   * What each unit pays for a month, per asset, pro-rated by day (see shared/chargeback):
   * a stretch that covers the whole month costs the whole monthly charge.
   */
  async report(viewer: Viewer, tenantId: string, month: string): Promise<ChargebackReport> {
    assertManage(viewer, tenantId);
    if (!isMonth(month)) throw bad('month', 'INVALID', 'The month must be YYYY-MM.');
    const tenant = await this.em.findOneOrFail(Tenant, { id: tenantId });
    const first = `${month}-01`;
    const afterLast = `${nextMonth(month)}-01`;
    const charges = await this.em.find(
      AssetCharge,
      {
        tenant: tenantId,
        startsOn: { $lt: afterLast },
        $or: [{ endsOn: null }, { endsOn: { $gt: first } }],
      },
      { populate: ['asset', 'unit'], orderBy: { startsOn: 'asc', id: 'asc' } },
    );
    const lines: ChargebackLine[] = [];
    // Each stretch is priced on its own: its monthly charge was fixed when it started.
    for (const c of charges) {
      for (const part of monthCharge(c.monthlyMinor, month, [
        { holder: c, from: c.startsOn, to: c.endsOn ?? null },
      ])) {
        lines.push({
          unitId: c.unit.id,
          unitName: c.unit.name,
          costCentre: c.unit.code,
          assetId: c.asset.id,
          assetTag: c.asset.tag,
          assetName: c.asset.name,
          days: part.days,
          monthlyMinor: c.monthlyMinor,
          amountMinor: part.amountMinor,
        });
      }
    }
    lines.sort((a, b) =>
      a.costCentre === b.costCentre
        ? a.assetTag.localeCompare(b.assetTag)
        : a.costCentre.localeCompare(b.costCentre),
    );
    return {
      tenantId,
      month,
      currency: currencyForCountry(tenant.country),
      totalMinor: lines.reduce((a, l) => a + l.amountMinor, 0),
      lines,
    };
  }

  async reportCsv(viewer: Viewer, tenantId: string, month: string): Promise<string> {
    const r = await this.report(viewer, tenantId, month);
    return csvText([
      [
        'month',
        'cost_centre',
        'unit',
        'asset_tag',
        'asset',
        'days',
        'monthly_minor',
        'amount_minor',
        'currency',
      ],
      ...r.lines.map((l) => [
        r.month,
        l.costCentre,
        l.unitName,
        l.assetTag,
        l.assetName,
        String(l.days),
        String(l.monthlyMinor),
        String(l.amountMinor),
        r.currency,
      ]),
    ]);
  }
}

function assertManage(viewer: Viewer, tenantId: string): void {
  if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
  if (!mayManageAssets(viewer, tenantId)) {
    throw AppError.forbidden('Only IT agents and administrators keep the asset register.');
  }
}
