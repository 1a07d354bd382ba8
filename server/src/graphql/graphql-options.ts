import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { MikroORM } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { GqlContext } from '../auth/gql-context.js';
import { SESSION_COOKIE, type SessionService, readCookie } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { createErrorFormatter } from '../common/format-graphql-error.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { CompiledExecution } from './compiled-execution.js';
import { nulCharacterPlugin } from './nul-characters.js';
import {
  MAX_TOKENS,
  aliasLimitRule,
  complexityLimitPlugin,
  depthLimitRule,
} from './query-limits.js';

/**
 * Nothing in the schema is cacheable, so every answer says `no-store` — what Apollo's
 * built-in cache-control plugin concluded on each request, but that plugin also wrapped
 * every field resolver to collect hints, about a fifth of the time a 50-row queue page
 * took inside the server.
 */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

interface WsExtra {
  request: { headers: { cookie?: string } };
  socket?: { close(code: number, reason: string): void };
  viewer?: Viewer | null;
  sessionCheckedAt?: number;
}

/** Closes a WebSocket whose session has ended (graphql-ws's "Unauthorized"). */
const SESSION_ENDED_CLOSE = 4401;

/** Apollo options: cookie sessions for HTTP and WebSocket, tenant scope per request, safe errors. */
export function graphqlOptions(deps: {
  sessions: SessionService;
  orm: MikroORM;
  logger: Logger;
  schemaFile: string | null;
  compiledExecution: CompiledExecution;
  /** Off in production: the web builds against the committed schema file, not the live one. */
  introspection: boolean;
}): ApolloDriverConfig & { gateway: GatewayInterface } {
  const { sessions, orm, logger, compiledExecution: compiled } = deps;
  const formatError = createErrorFormatter(logger);
  return {
    path: '/graphql',
    autoSchemaFile: deps.schemaFile ?? true,
    sortSchema: true,
    graphiql: false,
    playground: false,
    introspection: deps.introspection,
    // No "Did you mean …?" hints naming fields and types to someone probing the schema.
    hideSchemaDetailsFromClientErrors: !deps.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // One operation per HTTP request: an array of operations would slip past per-request limits.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimitRule, aliasLimitRule],
    // Operations run compiled (compiled-execution.ts); Nest hands over the schema it built.
    transformSchema: compiled.useSchema,
    // Not in Nest's type, but Nest passes every option on to Apollo.
    gateway: compiled,
    plugins: [
      nulCharacterPlugin,
      complexityLimitPlugin,
      ApolloServerPluginCacheControlDisabled(),
      noStore,
    ],
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx) => {
          const extra = ctx.extra as WsExtra;
          extra.viewer = await sessions.viewerForToken(
            readCookie(extra.request.headers.cookie, SESSION_COOKIE),
          );
          return true;
        },
        // Subscription results bypass Apollo, so they get the same error formatting here.
        // A connection outlives its session's idle and age limits otherwise: before passing
        // an event on, the session is checked again (at most once a minute per connection).
        onNext: async (ctx, _id, _payload, _args, result) => {
          const extra = ctx.extra as WsExtra;
          if (extra.viewer) {
            const cookie = readCookie(extra.request.headers.cookie, SESSION_COOKIE);
            if (!(await sessions.stillOpen(cookie, extra))) {
              extra.viewer = null;
              // After this last message has gone out.
              setImmediate(() => extra.socket?.close(SESSION_ENDED_CLOSE, 'Session ended'));
              return {
                data: null,
                errors: [
                  {
                    message: 'Your session has ended. Please sign in again.',
                    extensions: {
                      code: 'UNAUTHENTICATED',
                      fields: [{ field: 'session', code: 'SESSION_EXPIRED', message: 'has ended' }],
                    },
                  },
                ],
              };
            }
          }
          if (!result.errors?.length) return undefined;
          return {
            ...result,
            errors: result.errors.map((e) =>
              formatError('toJSON' in e ? (e as GraphQLError).toJSON() : e, e),
            ),
          };
        },
      },
    },
    context: async (args: {
      req?: Request;
      res?: Response;
      extra?: WsExtra;
    }): Promise<GqlContext> => {
      if (args.extra) return { viewer: args.extra.viewer ?? null };
      const { viewer, sessionEnded } = await sessions.resolveToken(
        readCookie(args.req?.headers.cookie, SESSION_COOKIE),
      );
      if (sessionEnded) args.res?.clearCookie(SESSION_COOKIE, { path: '/' });
      // The request's unit of work sees only the viewer's municipalities from here on.
      const em = orm.em.getContext();
      const scope = { tenantIds: viewer?.tenantIds ?? [] };
      em.setFilterParams(TENANT_FILTER, scope);
      em.setFilterParams('ownTenants', scope);
      return { req: args.req, res: args.res, viewer, sessionEnded };
    },
  };
}
