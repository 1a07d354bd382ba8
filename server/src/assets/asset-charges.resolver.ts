import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import type { Currency } from '@linje/shared';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AssetModel, CurrencyEnum } from './asset.model.js';
import { AssetChargesService } from './asset-charges.service.js';
import { toAssetModel } from './assets.resolver.js';

@ObjectType('AssetPrice', { description: 'What a unit pays per month for an asset of a model.' })
export class AssetPriceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { description: 'The asset model, upper-cased.' })
  model!: string;

  @Field(() => Int, { description: 'Monthly charge in öre/øre.' })
  monthlyMinor!: number;
}

@ObjectType('ChargebackShare', { description: 'One municipality’s part of a shared asset.' })
export class ChargebackShareModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  tenantName!: string;

  @Field(() => Int)
  amountMinor!: number;
}

@ObjectType('ChargebackLine', { description: 'One asset on one unit’s bill for the month.' })
export class ChargebackLineModel {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => String, { description: 'The unit’s code, used as its cost centre.' })
  costCentre!: string;

  @Field(() => ID)
  assetId!: string;

  @Field(() => String)
  assetTag!: string;

  @Field(() => String)
  assetName!: string;

  @Field(() => Int, { description: 'Days of the month the unit held the asset.' })
  days!: number;

  @Field(() => Int)
  monthlyMinor!: number;

  @Field(() => Int, { description: 'The month’s charge, pro-rated by day, in öre/øre.' })
  amountMinor!: number;

  @Field(() => [ChargebackShareModel], {
    description:
      'For a shared asset: the amount split equally (to the öre) between this municipality and those its IT staff serve; empty otherwise.',
  })
  shares!: ChargebackShareModel[];
}

@ObjectType('ChargebackReport')
export class ChargebackReportModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => CurrencyEnum)
  currency!: Currency;

  @Field(() => Int)
  totalMinor!: number;

  @Field(() => [ChargebackLineModel])
  lines!: ChargebackLineModel[];
}

@InputType({ description: 'Hands an asset to a person from a date.' })
export class TransferAssetInput {
  @Field(() => ID)
  assetId!: string;

  @Field(() => ID, { description: 'A person of the asset’s municipality with a unit.' })
  personId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the new unit pays from this day.' })
  date!: string;
}

@InputType({ description: 'Registers what a hardware or licensed-software order delivered.' })
export class DeliverOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String, { description: 'The tag on the sticker.' })
  tag!: string;

  @Field(() => String, { nullable: true })
  serial?: string | null;

  @Field(() => String, { nullable: true, description: 'Priced by this model when listed.' })
  model?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD: the charge starts on this day.' })
  date!: string;
}

@Resolver()
export class AssetChargesResolver {
  constructor(private readonly service: AssetChargesService) {}

  @Query(() => [AssetPriceModel], {
    description: 'The price list of a municipality (IT agents and administrators).',
  })
  async assetPrices(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<AssetPriceModel[]> {
    return (await this.service.prices(viewer, tenantId)).map((p) => ({
      id: p.id,
      tenantId: p.tenant.id,
      model: p.key,
      monthlyMinor: p.monthlyMinor,
    }));
  }

  @Mutation(() => AssetPriceModel, {
    description: 'Set the monthly charge for a model (administrators of the municipality).',
  })
  async saveAssetPrice(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('model', { type: () => String }) model: string,
    @Args('monthlyMinor', { type: () => Int }) monthlyMinor: number,
  ): Promise<AssetPriceModel> {
    const p = await this.service.savePrice(viewer, tenantId, model, monthlyMinor);
    return { id: p.id, tenantId, model: p.key, monthlyMinor: p.monthlyMinor };
  }

  @Mutation(() => AssetModel, {
    description:
      'Move an asset to a person: its assignment and charge go to their unit from the date.',
  })
  async transferAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => TransferAssetInput }) input: TransferAssetInput,
  ): Promise<AssetModel> {
    return toAssetModel(
      await this.service.transfer(viewer, input.assetId, input.personId, input.date),
    );
  }

  @Mutation(() => AssetModel, {
    description:
      'Mark a hardware or licensed-software order delivered: the asset enters the register in use, charged to the ordering unit (IT agents and administrators).',
  })
  async deliverCatalogOrder(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => DeliverOrderInput }) input: DeliverOrderInput,
  ): Promise<AssetModel> {
    return toAssetModel(await this.service.deliver(viewer, input));
  }

  @Query(() => ChargebackReportModel, {
    description: 'What each unit pays for its equipment in a month (IT agents and administrators).',
  })
  async chargebackReport(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('month', { type: () => String, description: 'YYYY-MM' }) month: string,
  ): Promise<ChargebackReportModel> {
    return this.service.report(viewer, tenantId, month);
  }

  @Query(() => String, { description: 'The charge-back report of a month as CSV.' })
  async chargebackReportCsv(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('month', { type: () => String, description: 'YYYY-MM' }) month: string,
  ): Promise<string> {
    return this.service.reportCsv(viewer, tenantId, month);
  }
}
