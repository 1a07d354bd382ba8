import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { AssetKind, AssetStatus } from '@linje/shared';
import { AssetKindEnum, AssetStatusEnum } from './asset.model.js';

@InputType({ description: 'Adds an asset, or edits it when id is given.' })
export class SaveAssetInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, {
    description: '2–40 characters of A–Z, 0–9 and -; stored upper-cased, unique per tenant.',
  })
  tag!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AssetKindEnum)
  kind!: AssetKind;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => AssetStatusEnum, {
    nullable: true,
    description: 'New assets are IN_USE when not given; an edit keeps the status.',
  })
  status?: AssetStatus | null;

  @Field(() => String, { nullable: true })
  model?: string | null;

  @Field(() => String, { nullable: true })
  serial?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  purchaseDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Purchase price in öre/øre, not negative.' })
  priceMinor?: number | null;

  @Field(() => ID, { nullable: true, description: 'A person of the same municipality.' })
  assignedPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A unit of the same municipality.' })
  assignedUnitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Serves a shared service: its charge is split equally with the municipalities its IT staff serve. Kept when not given.',
  })
  shared?: boolean | null;
}

@InputType({ description: 'Links an asset to a ticket, or unlinks it (assetId null).' })
export class LinkTicketAssetInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => Int, { description: 'The ticket version the change is based on.' })
  version!: number;

  @Field(() => ID, { nullable: true })
  assetId?: string | null;
}
