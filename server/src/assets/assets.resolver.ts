import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { currencyForCountry } from '@linje/shared';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import type { Asset } from './asset.entity.js';
import { SaveAssetInput } from './asset.input.js';
import { AssetImportResultModel, AssetModel, AssetRefModel } from './asset.model.js';
import { AssetsCsvService } from './assets-csv.service.js';
import { AssetsService, currentStatus } from './assets.service.js';

export function toAssetRef(a: Asset): AssetRefModel {
  return { id: a.id, tag: a.tag, name: a.name, kind: a.kind };
}

export function toAssetModel(a: Asset): AssetModel {
  return {
    ...toAssetRef(a),
    tenantId: a.tenant.id,
    location: a.location ?? null,
    active: a.active,
    status: currentStatus(a),
    model: a.model ?? null,
    serial: a.serial ?? null,
    purchaseDate: a.purchaseDate ?? null,
    priceMinor: a.priceMinor ?? null,
    currency: currencyForCountry(a.tenant.country),
    assignedPersonId: a.assignedPerson?.id ?? null,
    assignedPersonName: a.assignedPerson
      ? `${a.assignedPerson.givenName} ${a.assignedPerson.surname}`
      : null,
    assignedUnitId: a.assignedUnit?.id ?? null,
    assignedUnitName: a.assignedUnit?.name ?? null,
    shared: a.shared,
    orderId: a.order?.id ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

@Resolver(() => AssetModel)
export class AssetsResolver {
  constructor(
    private readonly service: AssetsService,
    private readonly csv: AssetsCsvService,
  ) {}

  @Query(() => String, {
    description:
      'The whole asset register of a municipality as CSV (IT agents and administrators). Cells that a spreadsheet would run as a formula start with an apostrophe.',
  })
  async assetsCsv(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<string> {
    return this.csv.export(viewer, tenantId);
  }

  @Mutation(() => AssetImportResultModel, {
    description:
      'Import a CSV file into the register, matching rows by tag (IT agents and administrators). Nothing is imported when any row has a problem.',
  })
  async importAssetsCsv(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('csv', { type: () => String }) csv: string,
  ): Promise<AssetImportResultModel> {
    return this.csv.import(viewer, tenantId, csv);
  }

  @Query(() => [AssetModel], {
    description:
      'The asset register of a municipality (IT agents and administrators): by tag prefix or name, at most 50.',
  })
  async assets(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<AssetModel[]> {
    return (await this.service.list(viewer, tenantId, search, first)).map(toAssetModel);
  }

  @Query(() => AssetRefModel, {
    nullable: true,
    description:
      "An active asset of the viewer's own municipality by the tag on its sticker; null when unknown.",
  })
  async assetByTag(
    @CurrentViewer() viewer: Viewer,
    @Args('tag', { type: () => String }) tag: string,
  ): Promise<AssetRefModel | null> {
    const asset = await this.service.byTag(viewer, tag);
    return asset ? toAssetRef(asset) : null;
  }

  @Mutation(() => AssetModel, {
    description: 'Add or edit an asset (IT agents and administrators of the municipality).',
  })
  async saveAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SaveAssetInput }) input: SaveAssetInput,
  ): Promise<AssetModel> {
    return toAssetModel(await this.service.save(viewer, input));
  }

  @Mutation(() => AssetModel, { description: 'Deactivate (or reactivate) an asset.' })
  async setAssetActive(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('active', { type: () => Boolean }) active: boolean,
  ): Promise<AssetModel> {
    return toAssetModel(await this.service.setActive(viewer, id, active));
  }
}
