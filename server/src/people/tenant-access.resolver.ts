import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { toPersonSummary } from '../tickets/ticket.mapper.js';
import { PersonSummaryModel } from './models/person.model.js';
import type { TenantAccess } from './tenant-access.entity.js';
import { TenantAccessService } from './tenant-access.service.js';

@ObjectType('TenantAccessGrant', {
  description: 'An IT staff member from another municipality who serves this one.',
})
export class TenantAccessGrantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonSummaryModel)
  person!: PersonSummaryModel;

  @Field(() => String)
  username!: string;

  @Field(() => String, { description: 'The municipality the person belongs to.' })
  homeTenantName!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

function toModel(a: TenantAccess): TenantAccessGrantModel {
  return {
    id: a.id,
    person: toPersonSummary(a.person),
    username: a.person.username,
    homeTenantName: a.person.tenant.name,
    createdAt: a.createdAt,
  };
}

@Resolver(() => TenantAccessGrantModel)
export class TenantAccessResolver {
  constructor(private readonly access: TenantAccessService) {}

  @Query(() => [TenantAccessGrantModel], {
    description: 'IT staff from other municipalities who serve this one (its administrators).',
  })
  async tenantAccessGrants(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<TenantAccessGrantModel[]> {
    return (await this.access.list(viewer, tenantId)).map(toModel);
  }

  @Mutation(() => TenantAccessGrantModel, {
    description: 'Let an IT staff member of another municipality serve this one (administrators).',
  })
  async grantTenantAccess(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('username', { type: () => String }) username: string,
  ): Promise<TenantAccessGrantModel> {
    const granted = await this.access.grant(viewer, tenantId, username);
    return toModel(granted);
  }

  @Mutation(() => Boolean, { description: 'Withdraw an access grant (administrators).' })
  async revokeTenantAccess(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.access.revoke(viewer, id);
    return true;
  }
}
