import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { PersonDataExportModel, PersonErasureModel } from './privacy.models.js';
import { PrivacyService } from './privacy.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly service: PrivacyService) {}

  @Query(() => PersonDataExportModel, {
    description:
      'Everything Linje holds about a person (administrators of their municipality; audited).',
  })
  async personDataExport(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<PersonDataExportModel> {
    const data = await this.service.exportPerson(viewer, personId);
    return {
      fileName: `linje-person-${data.personId}-${data.generatedAt.slice(0, 10)}.json`,
      json: JSON.stringify(data, null, 2),
    };
  }

  @Mutation(() => PersonErasureModel, {
    description:
      'Erases a person on request: their own rows deleted, tickets and records kept under a pseudonym (administrators of their municipality; irreversible; audited).',
  })
  async erasePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('reason') reason: string,
  ): Promise<PersonErasureModel> {
    const done = await this.service.erasePerson(viewer, personId, reason);
    return {
      personId: done.personId,
      pseudonym: done.pseudonym,
      deletedRows: Object.values(done.deleted).reduce((a, b) => a + b, 0),
    };
  }
}
