import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Tenant } from './tenants/tenant.entity.js';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/config.js';
import { migrate, withMigrationLock, withOrm } from './database/migrate.js';
import { linkAllUnchained } from './audit/audit-chain.js';
import { seedDemo } from './demo/demo-seed.js';
import { MetricsService, metricsMiddleware } from './metrics/metrics.service.js';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * Brings the database up to date and, on an empty database, adds the demo data; on
 * PostgreSQL under the migration lock, so processes starting together do this once.
 */
export async function prepareDatabase(
  config: AppConfig,
  clock: Clock,
): Promise<{ migrations: string[]; seeded: boolean }> {
  return withMigrationLock(config.database, () =>
    withOrm(config.database, async (orm) => {
      const migrations = await migrate(orm);
      let seeded = false;
      if (config.demoSeed === 'auto') {
        const em = orm.em.fork();
        const tenants = await em.count(Tenant, {}, { filters: false });
        if (tenants === 0) {
          await seedDemo(em, clock.now());
          seeded = true;
        }
      }
      // Rows written before the chain existed, or by the demo data, join their tenant's chain.
      await linkAllUnchained(orm.em.fork());
      return { migrations, seeded };
    }),
  );
}

/** Answers oversize or malformed request bodies in GraphQL's shape, with no parser internals. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: 'The request is too large. Shorten the text or attach large content as a file.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    return;
  }
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    return;
  }
  next(err);
}

/**
 * Browser hardening for every response (helmet). Scripts only from our own origin, never
 * inline, so HTML that reached the page as data cannot run; Mantine needs inline styles.
 * HSTS only when cookies are marked Secure, i.e. Linje is served over TLS: announcing it
 * over plain HTTP on a local install would lock browsers out of that host.
 */
function securityHeaders(config: AppConfig): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: config.cookieSecure
      ? { maxAge: 365 * 24 * 3600, includeSubDomains: true }
      : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    xContentTypeOptions: true,
  });
}

export async function startApp(
  config: AppConfig,
  clock: Clock,
  options: Pick<AppModuleOptions, 'schemaFile' | 'logStream'> = {},
): Promise<RunningApp> {
  await prepareDatabase(config, clock);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, clock, ...options }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '2mb' });
  app.use(metricsMiddleware(app.get(MetricsService)));
  app.use(securityHeaders(config));
  app.use(bodyErrors);
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's address (used by sign-in throttling) comes from X-Forwarded-For.
  if (config.trustProxyHops > 0) app.set('trust proxy', config.trustProxyHops);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return {
    app,
    url: `http://${host}:${address.port}`,
    close: () => app.close(),
  };
}
