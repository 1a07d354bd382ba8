import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ASSET_KINDS, type AssetKind } from '@linje/shared';

export const AssetKindEnum = Object.fromEntries(ASSET_KINDS.map((k) => [k, k])) as {
  [K in AssetKind]: K;
};
registerEnumType(AssetKindEnum, { name: 'AssetKind' });

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

  @Field(() => Boolean, { description: 'Inactive assets cannot be named on new tickets.' })
  active!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
