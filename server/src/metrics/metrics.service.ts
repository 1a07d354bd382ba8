import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { OPEN_TICKET_STATUSES } from '@linje/shared';
import {
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
  type CollectFunction,
} from 'prom-client';
import type { NextFunction, Request, Response } from 'express';
import { Clock } from '../common/clock.js';

/** GraphQL operation names are chosen by clients: keep this many distinct ones, the rest are "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics of this process. Latencies are observed per request; the figures read
 * from the database (open tickets, job lag) are gathered when scraped, each with one
 * indexed query, so an idle server does no work for them.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly graphql: Histogram<'operation' | 'status'>;
  private readonly operations = new Set<string>();

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'linje_' });
    this.http = new Histogram({
      name: 'linje_http_request_duration_seconds',
      help: 'HTTP request latency by method, route family and status class.',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.graphql = new Histogram({
      name: 'linje_graphql_operation_duration_seconds',
      help: 'GraphQL request latency by operation name (HTTP POST /graphql).',
      labelNames: ['operation', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.dbGauge(
      'linje_open_tickets',
      'Open tickets per municipality (tenant code).',
      ['tenant'],
      async (gauge) => {
        const placeholders = OPEN_TICKET_STATUSES.map(() => '?').join(', ');
        const rows: { code: string; n: number | string }[] = await this.orm.em
          .fork()
          .getConnection()
          .execute(
            `select tenant.code as code, count(ticket.id) as n from tenant ` +
              `left join ticket on ticket.tenant_id = tenant.id and ticket.status in (${placeholders}) ` +
              `group by tenant.code`,
            [...OPEN_TICKET_STATUSES],
            'all',
          );
        gauge.reset();
        for (const r of rows) gauge.set({ tenant: r.code }, Number(r.n));
      },
    );
    this.dbGauge(
      'linje_jobs_due',
      'Durable jobs (timers) that are due and not yet done.',
      [],
      async (gauge) => {
        const [row] = await this.jobFigures();
        gauge.set(Number(row?.n ?? 0));
      },
    );
    this.dbGauge(
      'linje_job_lag_seconds',
      'How long the oldest due job has waited past its due time (0 when none waits).',
      [],
      async (gauge) => {
        const [row] = await this.jobFigures();
        const oldest =
          row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest);
        gauge.set(oldest === null ? 0 : Math.max(0, (this.clock.now().getTime() - oldest) / 1000));
      },
    );
    // The outgoing mail queue joins here as a gauge read on scrape once it has a table.
  }

  private jobFigures(): Promise<{ n: number | string; oldest: number | string | null }[]> {
    return this.orm.em
      .fork()
      .getConnection()
      .execute(
        'select count(*) as n, min(due_at) as oldest from job where status = ? and due_at <= ?',
        ['PENDING', this.clock.now().getTime()],
        'all',
      );
  }

  private dbGauge<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    read: (gauge: Gauge<L>) => Promise<void>,
  ): Gauge<L> {
    const collect: CollectFunction<Gauge<L>> = async function (this: Gauge<L>) {
      await read(this);
    };
    return new Gauge<L>({ name, help, labelNames, registers: [this.registry], collect });
  }

  observeHttp(method: string, path: string, status: number, seconds: number): void {
    this.http.observe(
      {
        method: method.toUpperCase(),
        route: routeFamily(path),
        status: `${Math.floor(status / 100)}xx`,
      },
      seconds,
    );
  }

  observeGraphql(operationName: unknown, status: number, seconds: number): void {
    this.graphql.observe(
      { operation: this.operationLabel(operationName), status: `${Math.floor(status / 100)}xx` },
      seconds,
    );
  }

  private operationLabel(name: unknown): string {
    if (typeof name !== 'string' || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}

const API_FAMILIES = new Set(['tickets', 'attachments']);

/** A few fixed route families, so that ids in paths never become label values. */
export function routeFamily(path: string): string {
  const p = path.split('?')[0] ?? '';
  if (p === '/graphql') return '/graphql';
  if (p === '/healthz' || p === '/readyz' || p === '/metrics') return p;
  if (p.startsWith('/api/')) {
    const family = p.split('/')[2] ?? '';
    return API_FAMILIES.has(family) ? `/api/${family}` : '/api/other';
  }
  return 'web';
}

/** Observes every HTTP request's latency when its response has been sent. */
export function metricsMiddleware(metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = req.originalUrl || req.url;
      metrics.observeHttp(req.method, path, res.statusCode, seconds);
      if (req.method === 'POST' && routeFamily(path) === '/graphql') {
        metrics.observeGraphql(operationNameOf(req.body), res.statusCode, seconds);
      }
    });
    next();
  };
}

const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** The request's operationName, or the name of its document's first operation (clients often send only that). */
function operationNameOf(body: unknown): unknown {
  if (!body || typeof body !== 'object') return undefined;
  const { operationName, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string') return operationName;
  return typeof query === 'string' ? NAMED_OPERATION.exec(query.slice(0, 300))?.[1] : undefined;
}
