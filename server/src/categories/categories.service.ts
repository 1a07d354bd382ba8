import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { OPEN_TICKET_STATUSES, cleanSingleLine } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import {
  assertAllowed,
  assertVisible,
  inTenant,
  mayManageCategories,
} from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { marks } from '../queue/queue-sql.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Category } from './category.entity.js';
import type { SaveCategoryInput } from './dto/save-category.input.js';
import type { AdminCategoryModel } from './models/admin-category.model.js';

const NAME_MAX = 100;
const NO_FILTERS = { filters: false } as const;
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** Ticket categories (two levels) as each municipality's administrators manage them. */
@Injectable()
export class CategoriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async listForAdmin(viewer: Viewer, tenantId: string): Promise<AdminCategoryModel[]> {
    this.assertManages(viewer, tenantId);
    const [categories, counts] = await Promise.all([
      this.em.find(Category, { tenant: tenantId }, NO_FILTERS),
      this.openCounts(tenantId),
    ]);
    return categories
      .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id))
      .map((c) => toModel(c, counts.get(c.id) ?? 0));
  }

  async save(viewer: Viewer, input: SaveCategoryInput): Promise<AdminCategoryModel> {
    this.assertManages(viewer, input.tenantId);
    const name = validName(input.name);
    const saved = await this.em.transactional(async (em) => {
      const tenantId = input.tenantId;
      const category = input.id
        ? await em.findOne(
            Category,
            { id: input.id, tenant: tenantId },
            { ...NO_FILTERS, populate: ['parent'] },
          )
        : em.create(Category, {
            id: randomUUID(),
            tenant: em.getReference(Tenant, tenantId),
            name,
          });
      if (!category) throw AppError.notFound('The category');
      const before = input.id
        ? { name: category.name, parentId: category.parent?.id ?? null }
        : null;
      const parent =
        input.parentId === undefined
          ? (category.parent ?? null)
          : await this.parentFor(em, category, input);
      if (parent && !parent.active && category.active) {
        throw AppError.badInput('The parent category is inactive.', [
          { field: 'parentId', code: 'PARENT_INACTIVE', message: 'is inactive' },
        ]);
      }
      const siblings = await em.find(
        Category,
        { tenant: tenantId, parent: parent ? parent.id : null, id: { $ne: category.id } },
        NO_FILTERS,
      );
      if (siblings.some((s) => collator.compare(s.name, name) === 0)) {
        throw AppError.badInput('Another category here already has this name.', [
          { field: 'name', code: 'DUPLICATE', message: 'is already used' },
        ]);
      }
      category.name = name;
      category.parent = parent;
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: before ? 'category.updated' : 'category.created',
        entityType: 'Category',
        entityId: category.id,
        data: { name, parentId: parent?.id ?? null, ...(before ? { before } : {}) },
      });
      return category;
    });
    return toModel(saved, await this.openCount(saved.tenant.id, saved.id));
  }

  /**
   * Deactivating takes the subcategories with it, so an active subcategory always has an
   * active parent: filing forms and `ticketCategories` need only look at the flag.
   */
  async setActive(viewer: Viewer, id: string, active: boolean): Promise<AdminCategoryModel> {
    const found = await this.em.findOne(Category, { id }, { ...NO_FILTERS, populate: ['parent'] });
    assertVisible(!!found && inTenant(viewer, found.tenant.id), 'The category');
    const tenantId = (found as Category).tenant.id;
    assertAllowed(mayManageCategories(viewer, tenantId), 'Only administrators manage categories.');
    const saved = await this.em.transactional(async (em) => {
      const category = await em.findOneOrFail(
        Category,
        { id, tenant: tenantId },
        { ...NO_FILTERS, populate: ['parent'] },
      );
      if (active && category.parent && !category.parent.active) {
        throw AppError.badInput('Activate the parent category first.', [
          { field: 'active', code: 'PARENT_INACTIVE', message: 'the parent category is inactive' },
        ]);
      }
      const changed = [category];
      if (!active) {
        const children = await em.find(
          Category,
          { tenant: tenantId, parent: category.id, active: true },
          NO_FILTERS,
        );
        changed.push(...children);
      }
      for (const c of changed) {
        if (c.active === active) continue;
        c.active = active;
        this.audit.record(em, {
          tenantId,
          actorId: viewer.personId,
          action: active ? 'category.activated' : 'category.deactivated',
          entityType: 'Category',
          entityId: c.id,
          data: { name: c.name, ...(c === category ? {} : { withParent: category.id }) },
        });
      }
      return category;
    });
    return toModel(saved, await this.openCount(tenantId, saved.id));
  }

  /** Unknown tenants and tenants the viewer does not work in look the same: NOT_FOUND. */
  private assertManages(viewer: Viewer, tenantId: string): void {
    assertVisible(inTenant(viewer, tenantId), 'The municipality');
    assertAllowed(mayManageCategories(viewer, tenantId), 'Only administrators manage categories.');
  }

  private async parentFor(
    em: EntityManager,
    category: Category,
    input: SaveCategoryInput,
  ): Promise<Category | null> {
    if (!input.parentId) return null;
    const tooDeep = (message: string) =>
      AppError.badInput(message, [{ field: 'parentId', code: 'TOO_DEEP', message }]);
    if (input.parentId === category.id) throw tooDeep('A category cannot be its own parent.');
    const parent = await em.findOne(
      Category,
      { id: input.parentId, tenant: input.tenantId },
      NO_FILTERS,
    );
    if (!parent) throw AppError.notFound('The parent category');
    if (parent.parent) throw tooDeep('Categories have two levels only.');
    const children = input.id
      ? await em.count(Category, { tenant: input.tenantId, parent: category.id }, NO_FILTERS)
      : 0;
    if (children > 0) throw tooDeep('A category with subcategories cannot become a subcategory.');
    return parent;
  }

  /** Open tickets per category of one tenant: one grouped statement over the status index. */
  private async openCounts(tenantId: string, categoryId?: string): Promise<Map<string, number>> {
    const rows: { k: string; n: number | string }[] = await this.em
      .getConnection()
      .execute(
        `select t.category_id as k, count(*) as n from ticket t ` +
          `where t.tenant_id = ? and t.status in (${marks(OPEN_TICKET_STATUSES)}) and t.category_id ` +
          `${categoryId ? '= ?' : 'is not null'} group by t.category_id`,
        [tenantId, ...OPEN_TICKET_STATUSES, ...(categoryId ? [categoryId] : [])],
      );
    return new Map(rows.map((r) => [r.k, Number(r.n)]));
  }

  private async openCount(tenantId: string, categoryId: string): Promise<number> {
    return (await this.openCounts(tenantId, categoryId)).get(categoryId) ?? 0;
  }
}

function validName(raw: string): string {
  const cleaned = cleanSingleLine(raw);
  const name = cleaned.ok ? cleaned.value : '';
  if (!cleaned.ok || name.length === 0) {
    throw AppError.badInput('The name is required.', [
      { field: 'name', code: 'REQUIRED', message: 'is required' },
    ]);
  }
  if ([...name].length > NAME_MAX) {
    throw AppError.badInput('The name is too long.', [
      {
        field: 'name',
        code: 'TOO_LONG',
        message: `must be at most ${NAME_MAX} characters`,
        params: { max: NAME_MAX },
      },
    ]);
  }
  return name;
}

function toModel(c: Category, openTickets: number): AdminCategoryModel {
  return {
    id: c.id,
    tenantId: c.tenant.id,
    name: c.name,
    parentId: c.parent?.id ?? null,
    active: c.active,
    openTickets,
  };
}
