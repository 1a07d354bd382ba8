import { createHash } from 'node:crypto';
import { HttpException, Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../auth/gql-context.js';
import { AppError } from '../common/app-error.js';

/** Sign-in and password-reset operations, limited per client address on top of the mutation limit. */
export const AUTH_OPERATIONS: ReadonlySet<string> = new Set([
  'signIn',
  'requestPasswordReset',
  'resetPasswordWithCode',
]);

export const RATE_LIMITED_MESSAGE = (seconds: number): string =>
  `Too many requests. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`;

function gql(context: ExecutionContext): { ctx: GqlContext; info: GraphQLResolveInfo } {
  const g = GqlExecutionContext.create(context);
  return { ctx: g.getContext<GqlContext>(), info: g.getInfo<GraphQLResolveInfo>() };
}

function ipOf(req: Request | undefined): string {
  return `ip:${req?.ip ?? 'unknown'}`;
}

/** Which GraphQL mutation this is, or null for anything else (queries, subscriptions, fields). */
export function mutationName(context: ExecutionContext): string | null {
  if (context.getType<GqlContextType>() !== 'graphql') return null;
  const { info } = gql(context);
  return info.parentType.name === 'Mutation' ? info.fieldName : null;
}

/** The client address; for the `auth` limit, whoever is signed in. */
export function addressTracker(_req: Record<string, unknown>, context: ExecutionContext): string {
  if (context.getType<GqlContextType>() === 'graphql') return ipOf(gql(context).ctx.req);
  return ipOf(context.switchToHttp().getRequest<Request>());
}

/** The signed-in person (however many addresses they use), else the client address. */
export function viewerTracker(req: Record<string, unknown>, context: ExecutionContext): string {
  if (context.getType<GqlContextType>() === 'graphql') {
    const { ctx } = gql(context);
    if (ctx.viewer) return `person:${ctx.viewer.personId}`;
  }
  return addressTracker(req, context);
}

/** One bucket per limit and tracker, whatever the operation; hashed, so no address is stored. */
export function bucketKey(_context: ExecutionContext, tracker: string, name: string): string {
  return createHash('sha256').update(`${name}:${tracker}`).digest('hex');
}

/**
 * @nestjs/throttler on GraphQL mutations and HTTP uploads (queries and subscriptions are not
 * limited). Over the limit, the answer is TOO_MANY_REQUESTS with a Retry-After header.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() === 'graphql') return mutationName(context) === null;
    if (context.getType() === 'http') {
      return context.switchToHttp().getRequest<Request>().method !== 'POST';
    }
    return true;
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const { ctx } = gql(context);
      // Mutations over WebSocket have no HTTP request or response to read or set headers on.
      return {
        req: (ctx.req ?? { headers: {} }) as unknown as Record<string, unknown>,
        res: (ctx.res ?? {}) as unknown as Record<string, unknown>,
      };
    }
    return super.getRequestResponse(context);
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    const message = RATE_LIMITED_MESSAGE(seconds);
    if (context.getType<GqlContextType>() === 'graphql') {
      gql(context).ctx.res?.setHeader('Retry-After', String(seconds));
      throw new AppError('TOO_MANY_REQUESTS', message, { retryAfterSeconds: seconds });
    }
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('Retry-After', String(seconds));
    throw new HttpException(
      { error: { code: 'TOO_MANY_REQUESTS', message, retryAfterSeconds: seconds } },
      429,
    );
  }
}
