import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { AssetKind } from '@linje/shared';
import { AssetKindEnum } from './asset.model.js';

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
