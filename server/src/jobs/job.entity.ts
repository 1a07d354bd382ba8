import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export const JOB_STATUSES = ['PENDING', 'DONE', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * A durable timer. Instants are epoch milliseconds so the claim query compares plain numbers
 * on both SQLite and PostgreSQL. `key` makes scheduling idempotent and a job run at most once:
 * its handler's writes commit in the same transaction that marks it DONE.
 */
@Entity({ tableName: 'job' })
@Index({ name: 'job_due_idx', properties: ['status', 'dueAt'] })
export class Job {
  [OptionalProps]?: 'status' | 'attempts' | 'claimedUntil' | 'claimedBy' | 'lastError' | 'doneAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Handler name, e.g. "critical.autoEscalate". */
  @Property({ type: 'string', length: 64 })
  type!: string;

  @Property({ type: 'string', length: 200, unique: true })
  key!: string;

  @Property({ type: 'json' })
  payload!: Record<string, string | number | boolean | null>;

  /** Tenant the job works for, if any (jobs run outside any viewer's scope). */
  @Property({ type: 'string', length: 36, nullable: true })
  tenantId!: string | null;

  @Property({ type: new BigIntType('number') })
  dueAt!: number;

  @Property({ type: 'string', length: 8 })
  status: JobStatus = 'PENDING';

  @Property({ type: 'integer' })
  attempts: number = 0;

  /** A runner holds the job until then; afterwards another runner may take it over. */
  @Property({ type: new BigIntType('number'), nullable: true })
  claimedUntil: number | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  claimedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  doneAt: number | null = null;

  @Property({ type: new BigIntType('number') })
  createdAt!: number;
}
