import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ASSET_KINDS,
  ASSET_STATUSES,
  CURRENCIES,
  type AssetKind,
  type AssetStatus,
  type Currency,
} from '@linje/shared';

export const AssetKindEnum = Object.fromEntries(ASSET_KINDS.map((k) => [k, k])) as {
  [K in AssetKind]: K;
};
registerEnumType(AssetKindEnum, { name: 'AssetKind' });

export const AssetStatusEnum = Object.fromEntries(ASSET_STATUSES.map((k) => [k, k])) as {
  [K in AssetStatus]: K;
};
registerEnumType(AssetStatusEnum, { name: 'AssetStatus' });

export const CurrencyEnum = Object.fromEntries(CURRENCIES.map((k) => [k, k])) as {
  [K in Currency]: K;
};
registerEnumType(CurrencyEnum, { name: 'Currency' });

@ObjectType('AssetRef', { description: 'The asset a ticket is about, as shown on the ticket.' })
export class AssetRefModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The tag on the sticker, upper-cased.' })
  tag!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AssetKindEnum)
  kind!: AssetKind;
}

@ObjectType('Asset', { description: 'An entry of a municipality’s asset register.' })
export class AssetModel extends AssetRefModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => Boolean, {
    description: 'Inactive (retired) assets cannot be named on new tickets.',
  })
  active!: boolean;

  @Field(() => AssetStatusEnum)
  status!: AssetStatus;

  @Field(() => String, { nullable: true })
  model!: string | null;

  @Field(() => String, { nullable: true })
  serial!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  purchaseDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Purchase price in öre/øre.' })
  priceMinor!: number | null;

  @Field(() => CurrencyEnum, { description: 'The municipality’s currency.' })
  currency!: Currency;

  @Field(() => ID, { nullable: true })
  assignedPersonId!: string | null;

  @Field(() => String, { nullable: true })
  assignedPersonName!: string | null;

  @Field(() => ID, { nullable: true })
  assignedUnitId!: string | null;

  @Field(() => String, { nullable: true })
  assignedUnitName!: string | null;

  @Field(() => Boolean, { description: 'Its charge is split between sharing municipalities.' })
  shared!: boolean;

  @Field(() => ID, { nullable: true, description: 'The catalog order it was delivered for.' })
  orderId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('AssetImportProblem', { description: 'Why one cell of an imported file was refused.' })
export class AssetImportProblemModel {
  @Field(() => Int, { description: 'The line of the file; the header is line 1.' })
  row!: number;

  @Field(() => String, { description: 'The column name, empty for the whole file.' })
  column!: string;

  @Field(() => String, {
    description:
      'REQUIRED, INVALID, TOO_LONG, DUPLICATE, NEGATIVE, TOO_LARGE, NOT_FOUND, TRANSITION_NOT_ALLOWED, MISSING_COLUMN, UNKNOWN_COLUMN, MALFORMED, TOO_MANY_ROWS or FILE_TOO_LARGE.',
  })
  code!: string;
}

@ObjectType('AssetImportResult', {
  description: 'Either everything was imported (no problems) or nothing was.',
})
export class AssetImportResultModel {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [AssetImportProblemModel])
  problems!: AssetImportProblemModel[];
}
