import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { CategoriesService } from './categories.service.js';
import { SaveCategoryInput } from './dto/save-category.input.js';
import { AdminCategoryModel } from './models/admin-category.model.js';

@Resolver(() => AdminCategoryModel)
export class CategoriesResolver {
  constructor(private readonly categories: CategoriesService) {}

  @Query(() => [AdminCategoryModel], {
    description:
      'Every ticket category of a municipality, inactive ones included, with open-ticket counts (its administrators).',
  })
  async categoriesForAdmin(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<AdminCategoryModel[]> {
    return this.categories.listForAdmin(viewer, tenantId);
  }

  @Mutation(() => AdminCategoryModel, {
    description: 'Create, rename or move a ticket category (administrators).',
  })
  async saveCategory(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SaveCategoryInput }) input: SaveCategoryInput,
  ): Promise<AdminCategoryModel> {
    return this.categories.save(viewer, input);
  }

  @Mutation(() => AdminCategoryModel, {
    description:
      'Offer a category for new tickets again, or stop offering it and its subcategories (administrators).',
  })
  async setCategoryActive(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('active', { type: () => Boolean }) active: boolean,
  ): Promise<AdminCategoryModel> {
    return this.categories.setActive(viewer, id, active);
  }
}
