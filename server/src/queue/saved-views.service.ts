import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { mayViewQueue } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { QueueService, assertFilterLists } from './queue.service.js';
import type { QueueViewModel, SaveQueueViewInput } from './saved-view.dto.js';
import { SavedView, type SavedViewFilters } from './saved-view.entity.js';

const MAX_VIEWS = 20;

/** Saved queue views: personal, or shared with the agents of the owner's municipality. */
@Injectable()
export class SavedViewsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly queue: QueueService,
  ) {}

  /**
   * Your views and those shared in your municipalities, each with its count. A count is
   * one indexed statement capped at QueueService's VIEW_COUNT_CAP rows, and there are at most
   * MAX_VIEWS of each kind, so the cost per request is bounded.
   */
  async list(viewer: Viewer): Promise<QueueViewModel[]> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents have queue views.');
    const views = await this.em.find(
      SavedView,
      { $or: [{ owner: viewer.personId }, { shared: true }] },
      { populate: ['owner'], orderBy: { name: 'asc', id: 'asc' }, limit: MAX_VIEWS * 2 },
    );
    const out: QueueViewModel[] = [];
    for (const v of views) out.push(await this.model(viewer, v));
    return out;
  }

  private async model(viewer: Viewer, v: SavedView): Promise<QueueViewModel> {
    return {
      id: v.id,
      name: v.name,
      shared: v.shared,
      mine: v.owner.id === viewer.personId,
      ownerName: `${v.owner.givenName} ${v.owner.surname}`,
      filters: {
        tenantIds: v.filters.tenantIds ?? null,
        statuses: v.filters.statuses ?? null,
        priorities: v.filters.priorities ?? null,
        groupIds: v.filters.groupIds ?? null,
        operatorIds: v.filters.operatorIds ?? null,
        categoryIds: v.filters.categoryIds ?? null,
        assignedToMe: v.filters.assignedToMe ?? null,
        unassigned: v.filters.unassigned ?? null,
        overdue: v.filters.overdue ?? null,
        text: v.filters.text ?? null,
        sort: v.filters.sort ?? null,
      },
      count: await this.queue.count(viewer, v.filters),
    };
  }

  async save(viewer: Viewer, input: SaveQueueViewInput): Promise<QueueViewModel> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents have queue views.');
    const name = input.name.trim();
    if (name.length === 0 || name.length > 80) {
      throw AppError.badInput('Name the view (at most 80 characters).', [
        { field: 'name', code: name ? 'TOO_LONG' : 'EMPTY', message: 'must be 1–80 characters' },
      ]);
    }
    const text = input.filters.text?.trim() ?? '';
    if (text.length > 200) {
      throw AppError.badInput('The search text may be at most 200 characters.', [
        { field: 'filters.text', code: 'TOO_LONG', message: 'must be at most 200 characters' },
      ]);
    }
    const mine = await this.em.count(SavedView, { owner: viewer.personId });
    if (mine >= MAX_VIEWS) {
      throw AppError.conflict(`You can keep at most ${MAX_VIEWS} views; delete one first.`);
    }
    const f = input.filters;
    assertFilterLists(f, 'filters.');
    const filters: SavedViewFilters = {
      ...(f.tenantIds?.length ? { tenantIds: f.tenantIds } : {}),
      ...(f.statuses?.length ? { statuses: f.statuses } : {}),
      ...(f.priorities?.length ? { priorities: f.priorities } : {}),
      ...(f.groupIds?.length ? { groupIds: f.groupIds } : {}),
      ...(f.operatorIds?.length ? { operatorIds: f.operatorIds } : {}),
      ...(f.categoryIds?.length ? { categoryIds: f.categoryIds } : {}),
      ...(f.assignedToMe ? { assignedToMe: true } : {}),
      ...(f.unassigned ? { unassigned: true } : {}),
      ...(f.overdue ? { overdue: true } : {}),
      ...(text ? { text } : {}),
      ...(f.sort ? { sort: f.sort } : {}),
    };
    const view = await this.em.transactional((em) =>
      Promise.resolve(
        em.create(SavedView, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, viewer.homeTenantId),
          owner: em.getReference(Person, viewer.personId),
          name,
          shared: input.shared,
          filters,
          createdAt: this.clock.now(),
        }),
      ),
    );
    // Only the new view's count: listing would count every view again.
    const saved = await this.em.findOneOrFail(SavedView, { id: view.id }, { populate: ['owner'] });
    return this.model(viewer, saved);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents have queue views.');
    const view = await this.em.findOne(SavedView, { id });
    if (!view || (view.owner.id !== viewer.personId && !view.shared)) {
      throw AppError.notFound('The view');
    }
    if (view.owner.id !== viewer.personId) {
      throw AppError.forbidden('Only the person who saved a view can delete it.');
    }
    await this.em.transactional((em) => {
      em.remove(em.getReference(SavedView, id));
      return Promise.resolve();
    });
    return true;
  }
}
