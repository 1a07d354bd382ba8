import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import { AssetsModule } from './assets/assets.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { KnowledgeModule } from './knowledge/knowledge.module.js';
import { MailInModule } from './mail-in/mail-in.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CategoriesModule } from './categories/categories.module.js';
import { AnnouncementsModule } from './announcements/announcements.module.js';
import { LanguageModule } from './language/language.module.js';
import { SessionService } from './auth/session.service.js';
import { AppErrorFilter } from './common/app-error.filter.js';
import type { Clock } from './common/clock.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.js';
import { requestLine, requestSummary } from './common/request-log.js';
import { ormOptions } from './database/orm-config.js';
import { BeforeCommitModule } from './database/before-commit.js';
import { TenantSettingsCacheModule } from './database/tenant-settings-cache.js';
import { ViewerRowsCache, ViewerRowsCacheModule } from './auth/viewer-rows-cache.js';
import { EventsModule } from './events/events.module.js';
import { CompiledExecution } from './graphql/compiled-execution.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthController } from './health/health.controller.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { MessagingModule } from './messaging/messaging.module.js';
import { OrgModule } from './org/org.module.js';
import { HrImportModule } from './hr-import/hr-import.module.js';
import { PeopleModule } from './people/people.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { CriticalModule } from './critical/critical.module.js';
import { SlaModule } from './sla/sla.module.js';
import { SecurityModule } from './security/security.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  clock: Clock;
  /** Write the GraphQL schema here (used to keep server/schema.graphql up to date). */
  schemaFile?: string | null;
  /** Where the JSON log lines go; standard output when not given. */
  logStream?: DestinationStream | null;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    const viewerRows = new ViewerRowsCache(config.database.kind === 'sqlite');
    const compiledExecution = new CompiledExecution(config.graphql.timeoutMs);
    const webIndex = path.join(config.webDist, 'index.html');
    const serveWeb = fs.existsSync(webIndex)
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.webDist,
            exclude: ['/graphql{*rest}', '/api{*rest}', '/healthz', '/readyz', '/metrics'],
            // No redirect to "/assets/": the console route /assets shares its name with the bundle folder.
            serveStaticOptions: { index: false, maxAge: 0, redirect: false },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, options.clock),
        LoggerModule.forRoot({
          pinoHttp: withStream(options.logStream ?? null, {
            level: config.logLevel,
            autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
            // A short line per request: method, path, status, time and request id. By
            // default every line carried the whole request and response with their
            // headers and the query string, which an access log has no use for.
            quietReqLogger: true,
            quietResLogger: true,
            customSuccessObject: (req, res, val: { responseTime: number }) =>
              requestLine(req, res, val),
            customErrorObject: (req, res, err, val: { responseTime: number }) => ({
              ...requestLine(req, res, val),
              err,
            }),
            // pino-http binds the whole request to a logger on every request, even with
            // both loggers quiet, where nothing writes it: its standard serializer (every
            // header) and the redaction ran per request for nothing. The request line
            // stands in, so a request logged after all carries no headers or query.
            wrapSerializers: false,
            serializers: { req: requestSummary, err: pino.stdSerializers.err },
          }),
        }),
        MikroOrmModule.forRoot({
          ...ormOptions(config.database, { onQuery: viewerRows.onQuery }),
          registerRequestContext: true,
          autoLoadEntities: false,
        }),
        TenantSettingsCacheModule,
        BeforeCommitModule,
        ViewerRowsCacheModule.forRoot(viewerRows),
        EventsModule,
        AuditModule,
        MessagingModule,
        AuthModule,
        PeopleModule,
        OrgModule,
        TenantsModule,
        HrImportModule,
        TicketsModule,
        CategoriesModule,
        AnnouncementsModule,
        LanguageModule,
        AttachmentsModule,
        CriticalModule,
        SlaModule,
        AssetsModule,
        CatalogModule,
        MetricsModule,
        KnowledgeModule,
        MailInModule,
        PrivacyModule,
        SecurityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [SessionService, MikroORM, PinoLogger],
          useFactory: (sessions: SessionService, orm: MikroORM, logger: PinoLogger) =>
            graphqlOptions({
              sessions,
              orm,
              logger: logger.logger,
              schemaFile: options.schemaFile ?? null,
              compiledExecution,
              introspection: config.graphql.introspection,
            }),
        }),
        ...serveWeb,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: CompiledExecution, useValue: compiledExecution },
      ],
    };
  }
}

type PinoHttpOptions = Exclude<NonNullable<Params['pinoHttp']>, unknown[] | DestinationStream>;

function withStream(
  stream: DestinationStream | null,
  options: PinoHttpOptions,
): NonNullable<Params['pinoHttp']> {
  return stream ? [options, stream] : options;
}
