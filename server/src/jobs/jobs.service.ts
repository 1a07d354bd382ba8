import { randomUUID } from 'node:crypto';
import { EntityManager, MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { BeforeCommit, type PendingWrite } from '../database/before-commit.js';
import { Job } from './job.entity.js';

/**
 * Runs one job inside the transaction that also marks it done. `afterCommit` queues work
 * (e.g. publishing an event) that must only happen once that transaction has committed.
 */
export type JobHandler = (
  em: EntityManager,
  job: Job,
  afterCommit: (fn: () => Promise<void>) => void,
) => Promise<void>;

export interface ScheduleJob {
  type: string;
  /** Unique per timer: scheduling the same key twice keeps the first. */
  key: string;
  dueAt: Date;
  tenantId: string | null;
  payload?: Record<string, string | number | boolean | null>;
}

/** How long a runner owns a claimed job before another runner may take it over (JOB_LEASE_SECONDS). */
export const JOB_LEASE_MS = 5 * 60_000;
export const JOB_MAX_ATTEMPTS = 5;
const MAX_JOBS_PER_RUN = 1000;

/**
 * Durable timers in the `job` table. Claiming is one atomic statement (with
 * `FOR UPDATE SKIP LOCKED` on PostgreSQL), so concurrent runners never take the same job; the
 * handler's writes and the DONE mark commit together, so a job that died mid-run is retried
 * after its lease expires and a finished job never runs again.
 */
@Injectable()
export class JobsService {
  private readonly handlers = new Map<string, JobHandler>();
  /** Identifies this runner in `claimed_by`. */
  readonly runnerId = `runner-${randomUUID()}`;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly beforeCommit: BeforeCommit,
  ) {}

  private readonly followers: (() => Promise<unknown>)[] = [];

  /**
   * Work that runs after each round of due jobs, on the same poller (the outgoing message
   * queue, so that mail a job queued goes out in the same round).
   */
  afterEachRun(fn: () => Promise<unknown>): void {
    this.followers.push(fn);
  }

  register(type: string, handler: JobHandler): void {
    if (this.handlers.has(type)) throw new Error(`A handler for job type ${type} already exists.`);
    this.handlers.set(type, handler);
  }

  /** Adds a timer in the caller's transaction; a key that already exists is left as it is. */
  async schedule(em: EntityManager, job: ScheduleJob): Promise<void> {
    await this.scheduleAll(em, [job]);
  }

  /**
   * Adds several timers. Inside a transaction they are gathered and written just before it
   * commits, with those of every other unit in it (see BeforeCommit): a group commit of
   * filings schedules each ticket's SLA notices, and on SQLite's single connection every
   * statement inside a transaction holds up the rest. Outside one they are written now.
   */
  async scheduleAll(em: EntityManager, jobs: readonly ScheduleJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const createdAt = this.clock.now().getTime();
    const rows = jobs.map((job) => jobRow(job, createdAt));
    const pending = this.beforeCommit.pending(em, 'jobs', () => new PendingJobs());
    if (pending) {
      pending.add(rows);
      return;
    }
    await insertJobs(em, rows, em.getTransactionContext());
  }

  /**
   * Takes the next due job for this runner, or null. Exposed so tests can simulate a runner
   * that claims a job and dies before finishing it.
   */
  async claimNext(): Promise<string | null> {
    const now = this.clock.now().getTime();
    const lock = this.config.database.kind === 'postgresql' ? ' for update skip locked' : '';
    const rows: { id: string }[] = await this.orm.em
      .fork()
      .getConnection()
      .execute(
        'update job set claimed_by = ?, claimed_until = ?, attempts = attempts + 1 ' +
          'where id = (select id from job where status = ? and due_at <= ? ' +
          'and (claimed_until is null or claimed_until <= ?) order by due_at, id limit 1' +
          lock +
          ') and (claimed_until is null or claimed_until <= ?) returning id',
        [this.runnerId, now + this.config.jobs.leaseMs, 'PENDING', now, now, now],
        'all',
      );
    return rows[0]?.id ?? null;
  }

  /** Runs every job that is due now (including ones missed while no server ran). */
  async runDueJobs(): Promise<number> {
    let ran = 0;
    for (let i = 0; i < MAX_JOBS_PER_RUN; i++) {
      const id = await this.claimNext();
      if (id === null) break;
      if (await this.runClaimed(id)) ran += 1;
    }
    for (const fn of this.followers) {
      try {
        await fn();
      } catch (err) {
        this.logger.error({ err }, 'work after due jobs failed');
      }
    }
    return ran;
  }

  /** Runs a job this runner has claimed; false if it failed or the lease was lost. */
  async runClaimed(id: string): Promise<boolean> {
    const after: (() => Promise<void>)[] = [];
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const done = await em.nativeUpdate(
          Job,
          { id, claimedBy: this.runnerId, status: 'PENDING' },
          { status: 'DONE', doneAt: this.clock.now().getTime(), claimedUntil: null },
        );
        if (done !== 1) throw new LeaseLostError();
        const job = await em.findOneOrFail(Job, { id });
        const handler = this.handlers.get(job.type);
        if (!handler) throw new Error(`No handler for job type ${job.type}.`);
        await handler(em, job, (fn) => after.push(fn));
      });
    } catch (err) {
      if (err instanceof LeaseLostError) return false;
      await this.recordFailure(id, err);
      return false;
    }
    for (const fn of after) {
      try {
        await fn();
      } catch (err) {
        // The job's own work has committed; a lost follow-up (a live event) is only logged.
        this.logger.error({ err, jobId: id }, 'after-commit work of a job failed');
      }
    }
    return true;
  }

  private async recordFailure(id: string, err: unknown): Promise<void> {
    const em = this.orm.em.fork();
    const job = await em.findOne(Job, { id, claimedBy: this.runnerId });
    if (!job) return;
    const now = this.clock.now().getTime();
    job.lastError = err instanceof Error ? err.message.slice(0, 2000) : 'unknown error';
    job.claimedUntil = null;
    if (job.attempts >= JOB_MAX_ATTEMPTS) {
      job.status = 'FAILED';
    } else {
      // Back off a little more on each attempt.
      job.dueAt = now + job.attempts * 60_000;
    }
    await em.flush();
  }
}

class LeaseLostError extends Error {
  constructor() {
    super('The job was taken over by another runner.');
  }
}

type JobRow = [string, string, string, string, string | null, number, number];

function jobRow(job: ScheduleJob, createdAt: number): JobRow {
  return [
    randomUUID(),
    job.type,
    job.key,
    JSON.stringify(job.payload ?? {}),
    job.tenantId,
    job.dueAt.getTime(),
    createdAt,
  ];
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const JOB_ROWS_PER_STATEMENT = 500;

async function insertJobs(
  em: EntityManager,
  rows: readonly JobRow[],
  transaction: unknown,
): Promise<void> {
  for (let i = 0; i < rows.length; i += JOB_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + JOB_ROWS_PER_STATEMENT);
    await em
      .getConnection()
      .execute(
        'insert into job (id, type, "key", payload, tenant_id, due_at, status, attempts, created_at) values ' +
          chunk.map(() => "(?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)").join(', ') +
          ' on conflict ("key") do nothing',
        chunk.flat(),
        'run',
        transaction,
      );
  }
}

/** A transaction's timers, written before it commits; the first of a key wins, as in the table. */
class PendingJobs implements PendingWrite {
  private readonly rows = new Map<string, JobRow>();

  add(rows: readonly JobRow[]): void {
    for (const row of rows) if (!this.rows.has(row[2])) this.rows.set(row[2], row);
  }

  async write(em: EntityManager, transaction: object): Promise<void> {
    await insertJobs(em, [...this.rows.values()], transaction);
  }
}
