import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  csvText,
  currencyForCountry,
  isCalendarDate,
  allocate,
  isMonth,
  validateAssetTag,
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
import { TenantAccess } from '../people/tenant-access.entity.js';
import { CatalogOrder } from '../catalog/catalog.entities.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { AssetCharge, AssetPrice } from './asset-charge.entity.js';
import { Asset } from './asset.entity.js';
import { currentStatus } from './assets.service.js';

const KEY_MAX = 200;
/** Catalog items whose delivery puts something in the register. */
const DELIVERABLE = ['computer', 'licensed-software'];

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
  /** For a shared asset: the amount divided equally between the sharing municipalities. */
  shares: { tenantId: string; tenantName: string; amountMinor: number }[];
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
   * The procurement hand-off: a delivered hardware or licensed-software order becomes an
   * asset in use by the order's subject, charged to the ordering unit (the orderer's) from
   * the delivery date at the price list's charge for the model, else for the catalog item.
   */
  async deliver(
    viewer: Viewer,
    input: {
      orderId: string;
      tag: string;
      serial?: string | null;
      model?: string | null;
      date: string;
    },
  ): Promise<Asset> {
    try {
      const asset = await this.em.transactional(async (em) => {
        const order = await em.findOne(
          CatalogOrder,
          { id: input.orderId },
          {
            populate: [
              'item',
              'orderer',
              'orderer.orgUnit',
              'subject',
              'subject.orgUnit',
              'tenant',
            ],
          },
        );
        if (!order || !inTenant(viewer, order.tenant.id)) throw AppError.notFound('The order');
        const tenantId = order.tenant.id;
        assertManage(viewer, tenantId);
        if (!DELIVERABLE.includes(order.item.key)) {
          throw bad(
            'orderId',
            'NOT_DELIVERABLE',
            'Only hardware and licensed software are delivered.',
          );
        }
        if (order.status !== 'APPROVED' && order.status !== 'COMPLETED') {
          throw bad('orderId', 'NOT_APPROVED', 'The order has not been approved.');
        }
        if (await em.findOne(Asset, { tenant: tenantId, order })) {
          throw bad('orderId', 'ALREADY_DELIVERED', 'The order has already been delivered.');
        }
        const tag = validateAssetTag(input.tag);
        if (!tag.ok)
          throw bad('tag', tag.code, 'The tag must be 2–40 characters of A–Z, 0–9 and -.');
        if (await em.findOne(Asset, { tenant: tenantId, tag: tag.tag })) {
          throw bad('tag', 'DUPLICATE', 'Another asset already has this tag.');
        }
        if (!isCalendarDate(input.date))
          throw bad('date', 'INVALID', 'The date must be YYYY-MM-DD.');
        const serial = input.serial?.trim() || null;
        if (serial && serial.length > 100)
          throw bad('serial', 'TOO_LONG', 'The serial is too long.');
        const model = input.model?.trim() || null;
        if (model && model.length > KEY_MAX)
          throw bad('model', 'TOO_LONG', 'The model is too long.');
        const unit = order.orderer.orgUnit ?? order.subject.orgUnit ?? null;
        if (!unit) throw bad('orderId', 'NO_UNIT', 'The ordering person belongs to no unit.');
        const keys = [...(model ? [priceKey(model)] : []), priceKey(order.item.key)];
        const prices = await em.find(AssetPrice, { tenant: tenantId, key: { $in: keys } });
        const price = keys.map((k) => prices.find((p) => p.key === k)).find(Boolean);
        const now = this.clock.now();
        const name = order.item.name.sv || order.item.name.nb || order.item.name.en;
        const created = em.create(Asset, {
          id: randomUUID(),
          tenant: order.tenant,
          tag: tag.tag,
          name: model ?? name,
          kind: order.item.key === 'computer' ? 'COMPUTER' : 'OTHER',
          status: 'IN_USE',
          active: true,
          model,
          serial,
          purchaseDate: input.date,
          assignedPerson: order.subject,
          assignedUnit: unit,
          order,
          createdAt: now,
          updatedAt: now,
        });
        em.create(AssetCharge, {
          id: randomUUID(),
          tenant: order.tenant,
          asset: created,
          unit,
          monthlyMinor: price?.monthlyMinor ?? 0,
          startsOn: input.date,
          endsOn: null,
          createdAt: now,
        });
        this.audit.record(em, {
          tenantId,
          actorId: viewer.personId,
          action: 'asset.delivered',
          entityType: 'Asset',
          entityId: created.id,
          data: { tag: created.tag, orderId: order.id, unitId: unit.id, date: input.date },
        });
        return created;
      });
      await this.em.populate(asset, ['tenant', 'assignedPerson', 'assignedUnit']);
      return asset;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw bad('tag', 'DUPLICATE', 'Another asset already has this tag.');
      }
      throw err;
    }
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
    const sharing = charges.some((c) => c.asset.shared) ? await this.sharingTenants(tenant) : [];
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
          shares: c.asset.shared ? shareEqually(part.amountMinor, sharing) : [],
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

  /**
   * The municipality itself first, then those its IT staff have access to (a shared IT
   * team serving them), in name order: the equal split of shared equipment goes to these.
   */
  private async sharingTenants(tenant: Tenant): Promise<Tenant[]> {
    const grants = await this.em.find(
      TenantAccess,
      { person: { tenant: tenant.id } },
      { filters: false, populate: ['tenant'] },
    );
    const others = [...new Map(grants.map((g) => [g.tenant.id, g.tenant])).values()]
      .filter((t) => t.id !== tenant.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    return [tenant, ...others];
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
        'tenant',
      ],
      // A shared asset gives one row per sharing municipality, with that municipality's part.
      ...r.lines.flatMap((l) =>
        (l.shares.length > 0 ? l.shares : [{ tenantName: '', amountMinor: l.amountMinor }]).map(
          (share) => [
            r.month,
            l.costCentre,
            l.unitName,
            l.assetTag,
            l.assetName,
            String(l.days),
            String(l.monthlyMinor),
            String(share.amountMinor),
            r.currency,
            share.tenantName,
          ],
        ),
      ),
    ]);
  }
}

function shareEqually(
  amountMinor: number,
  tenants: readonly Tenant[],
): { tenantId: string; tenantName: string; amountMinor: number }[] {
  const parts = allocate(
    amountMinor,
    tenants.map(() => 1),
  );
  return tenants.map((t, i) => ({
    tenantId: t.id,
    tenantName: t.name,
    amountMinor: parts[i] ?? 0,
  }));
}

function assertManage(viewer: Viewer, tenantId: string): void {
  if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
  if (!mayManageAssets(viewer, tenantId)) {
    throw AppError.forbidden('Only IT agents and administrators keep the asset register.');
  }
}
