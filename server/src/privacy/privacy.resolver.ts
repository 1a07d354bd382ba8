import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { PersonDataExportModel } from './privacy.models.js';
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
}
