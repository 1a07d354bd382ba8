import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error.js';
import type { Viewer } from './viewer.js';

export interface GqlContext {
  req?: Request;
  res?: Response;
  viewer: Viewer | null;
  /** The cookie named a session just ended by the re-authentication limits (SESSION_EXPIRED). */
  sessionEnded?: boolean;
}

/** UNAUTHENTICATED with field code SESSION_EXPIRED when the session has just run out. */
export function signInRequired(ctx: GqlContext): AppError {
  if (!ctx.sessionEnded) return AppError.unauthenticated();
  return new AppError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.', {
    fields: [{ field: 'session', code: 'SESSION_EXPIRED', message: 'has ended' }],
  });
}

function contextOf(ctx: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>();
}

function viewerFrom(ctx: ExecutionContext): Viewer | null {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().viewer;
}

/**
 * The signed-in viewer; rejects the request with UNAUTHENTICATED when nobody is signed in,
 * and with FORBIDDEN (field code PASSWORD_CHANGE_REQUIRED) while the viewer must change a
 * temporary or expired password first.
 */
export const CurrentViewer = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const viewer = viewerFrom(ctx);
  if (!viewer) throw signInRequired(contextOf(ctx));
  if (viewer.mustChangePassword) {
    throw new AppError('FORBIDDEN', 'Change your password before you continue.', {
      fields: [{ field: 'password', code: 'PASSWORD_CHANGE_REQUIRED', message: 'must be changed' }],
    });
  }
  return viewer;
});

/** The signed-in viewer even while a password change is pending (changePassword, signOut…). */
export const ViewerAllowingPasswordChange = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext) => {
    const viewer = viewerFrom(ctx);
    if (!viewer) throw signInRequired(contextOf(ctx));
    return viewer;
  },
);

/** The viewer if any; for operations that also answer anonymous callers. */
export const OptionalViewer = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  viewerFrom(ctx),
);

/** The whole request context (for operations that must tell an ended session from none). */
export const RequestContext = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  contextOf(ctx),
);
