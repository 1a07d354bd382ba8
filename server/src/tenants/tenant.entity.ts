import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'tenant' })
export class Tenant {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Short code used in ticket numbers, e.g. KAV. */
  @Property({ type: 'string', length: 8, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** IANA zone, e.g. Europe/Stockholm. */
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  /** ISO 3166 country code for public holidays and language defaults. */
  @Property({ type: 'string', length: 2 })
  country!: string;

  /** Urgent short number for critical problems, e.g. "95 99". */
  @Property({ type: 'string', length: 40, nullable: true })
  urgentPhone?: string | null;

  /** The service desk's ordinary phone queue. */
  @Property({ type: 'string', length: 40, nullable: true })
  supportPhone?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  supportEmail?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
