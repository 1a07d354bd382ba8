import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { toPersonSummary } from '../tickets/ticket.mapper.js';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input.js';
import { PersonSummaryModel } from './models/person.model.js';
import { StaffMemberModel } from './models/staff-member.model.js';
import { PeopleService } from './people.service.js';

@Resolver(() => StaffMemberModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [StaffMemberModel], {
    description:
      'Search staff by name, username, e-mail or person number. Managers see the people below them; support and administrators everyone in their municipalities.',
  })
  async staffSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('query', { type: () => String }) query: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<StaffMemberModel[]> {
    return this.people.searchStaff(viewer, query, first ?? 20);
  }

  @Query(() => StaffMemberModel, { description: 'One person’s staff details.' })
  async staffMember(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<StaffMemberModel> {
    return this.people.staffMember(viewer, id);
  }

  @Query(() => [PersonSummaryModel], {
    description: 'The people above someone, nearest first, up to the municipal director.',
  })
  async managerChain(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<PersonSummaryModel[]> {
    return (await this.people.managerChain(viewer, personId)).map(toPersonSummary);
  }

  @Mutation(() => StaffMemberModel, {
    description:
      'Register a person (administrators). The account opens after the activation delay.',
  })
  async createPerson(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CreatePersonInput }) input: CreatePersonInput,
  ): Promise<StaffMemberModel> {
    return this.people.createPerson(viewer, input);
  }

  @Mutation(() => StaffMemberModel, { description: 'Change a person (administrators).' })
  async updatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdatePersonInput }) input: UpdatePersonInput,
  ): Promise<StaffMemberModel> {
    return this.people.updatePerson(viewer, id, input);
  }

  @Mutation(() => StaffMemberModel, { description: 'Replace a person’s roles (administrators).' })
  async setPersonRoles(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('roles', { type: () => [String] }) roles: string[],
  ): Promise<StaffMemberModel> {
    return this.people.setRoles(viewer, id, roles);
  }
}
