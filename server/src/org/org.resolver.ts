import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { toPersonSummary } from '../tickets/ticket.mapper.js';
import { SaveOrgUnitInput } from './org-unit.input.js';
import type { OrgUnit } from './org-unit.entity.js';
import { OrgUnitModel } from './org-unit.model.js';
import { OrgService } from './org.service.js';

function toModel(u: OrgUnit): OrgUnitModel {
  return {
    id: u.id,
    tenantId: u.tenant.id,
    code: u.code,
    name: u.name,
    parentId: u.parent?.id ?? null,
    head: u.head ? toPersonSummary(u.head) : null,
  };
}

@Resolver(() => OrgUnitModel)
export class OrgResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => [OrgUnitModel], { description: 'Org units of your municipalities.' })
  async orgUnits(
    @CurrentViewer() _viewer: Viewer,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
  ): Promise<OrgUnitModel[]> {
    return (await this.org.list(tenantId)).map(toModel);
  }

  @Mutation(() => OrgUnitModel, { description: 'Create or change an org unit (administrators).' })
  async saveOrgUnit(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SaveOrgUnitInput }) input: SaveOrgUnitInput,
  ): Promise<OrgUnitModel> {
    const unit = await this.org.save(viewer, input);
    return toModel(
      await this.org.list(unit.tenant.id).then((all) => all.find((u) => u.id === unit.id) ?? unit),
    );
  }
}
