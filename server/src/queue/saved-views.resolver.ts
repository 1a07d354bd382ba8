import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { QueueViewModel, SaveQueueViewInput } from './saved-view.dto.js';
import { SavedViewsService } from './saved-views.service.js';

@Resolver(() => QueueViewModel)
export class SavedViewsResolver {
  constructor(private readonly views: SavedViewsService) {}

  @Query(() => [QueueViewModel], {
    description: 'Your saved queue views and those shared in your municipalities, with counts.',
  })
  async queueViews(@CurrentViewer() viewer: Viewer): Promise<QueueViewModel[]> {
    return this.views.list(viewer);
  }

  @Mutation(() => QueueViewModel)
  async saveQueueView(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SaveQueueViewInput }) input: SaveQueueViewInput,
  ): Promise<QueueViewModel> {
    return this.views.save(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Delete a view you saved.' })
  async deleteQueueView(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.views.delete(viewer, id);
  }
}
