import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MeModel } from './models/me.model.js';
import { TemporaryPasswordModel } from './models/password-policy.model.js';
import {
  CurrentViewer,
  OptionalViewer,
  RequestContext,
  ViewerAllowingPasswordChange,
  signInRequired,
  type GqlContext,
} from './gql-context.js';
import { MeService } from './me.service.js';
import { PasswordService, type ResetChannel } from './password.service.js';
import { SESSION_COOKIE, SessionService, readCookie } from './session.service.js';
import type { Viewer } from './viewer.js';

export const ResetChannelEnum = { SMS: 'SMS', EMAIL: 'EMAIL' } as const;
registerEnumType(ResetChannelEnum, {
  name: 'ResetChannel',
  description: 'Where a password reset code is sent: the registered mobile or e-mail.',
});

/** Bounds checked before any work, so oversized input cannot cost hashing time. */
const MAX_IDENTIFIER = 200;
const MAX_PASSWORD = 1024;

function clientIp(ctx: GqlContext): string {
  return ctx.req?.ip ?? 'unknown';
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly me: MeService,
    private readonly passwords: PasswordService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => MeModel, {
    nullable: true,
    description:
      'The signed-in person, or null. Once after an agent’s session ends by idling or age: UNAUTHENTICATED with field code SESSION_EXPIRED.',
  })
  async viewer(
    @OptionalViewer() viewer: Viewer | null,
    @RequestContext() ctx: GqlContext,
  ): Promise<MeModel | null> {
    // Once, so the web can say why it is back at sign-in; the session is gone from here on.
    if (!viewer && ctx.sessionEnded) throw signInRequired(ctx);
    return viewer ? this.me.describe(viewer) : null;
  }

  @Mutation(() => MeModel, { description: 'Sign in with username or work e-mail and password.' })
  async signIn(
    @Context() ctx: GqlContext,
    @Args('identifier', { type: () => String }) identifier: string,
    @Args('password', { type: () => String }) password: string,
  ): Promise<MeModel> {
    if (!identifier.trim() || !password) {
      throw AppError.badInput('Enter your username or e-mail and your password.');
    }
    if (identifier.length > MAX_IDENTIFIER || password.length > MAX_PASSWORD) {
      throw AppError.unauthenticated('Wrong username or password.');
    }
    const { token, expiresAt } = await this.sessions.signIn(identifier, password, clientIp(ctx));
    ctx.res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
    const viewer = await this.sessions.viewerForToken(token);
    if (!viewer) throw AppError.unauthenticated();
    return this.me.describe(viewer);
  }

  @Mutation(() => Boolean)
  async signOut(@Context() ctx: GqlContext): Promise<boolean> {
    await this.sessions.signOut(readCookie(ctx.req?.headers.cookie, SESSION_COOKIE));
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => MeModel, {
    description: 'Change your own password (also the forced change after a reset).',
  })
  async changePassword(
    @ViewerAllowingPasswordChange() viewer: Viewer,
    @Args('currentPassword', { type: () => String }) currentPassword: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
    @Context() ctx: GqlContext,
  ): Promise<MeModel> {
    if (currentPassword.length > MAX_PASSWORD || newPassword.length > MAX_PASSWORD) {
      throw AppError.badInput('The password is too long.');
    }
    await this.passwords.changePassword(
      viewer,
      currentPassword,
      newPassword,
      readCookie(ctx.req?.headers.cookie, SESSION_COOKIE),
    );
    return this.me.describe({ ...viewer, mustChangePassword: false });
  }

  @Mutation(() => Int, {
    description: 'End every session of a person (default: yourself). Returns how many were ended.',
  })
  async signOutEverywhere(
    @ViewerAllowingPasswordChange() viewer: Viewer,
    @Args('personId', { type: () => ID, nullable: true }) personId?: string | null,
  ): Promise<number> {
    return this.passwords.signOutEverywhere(viewer, personId ?? viewer.personId);
  }

  @Mutation(() => Boolean, {
    description:
      'Send a one-time reset code to the account’s registered mobile or e-mail. Always answers true.',
  })
  async requestPasswordReset(
    @Context() ctx: GqlContext,
    @Args('identifier', { type: () => String }) identifier: string,
    @Args('channel', { type: () => ResetChannelEnum }) channel: ResetChannel,
  ): Promise<boolean> {
    if (!identifier.trim()) throw AppError.badInput('Enter your username or e-mail.');
    if (identifier.length > MAX_IDENTIFIER) return true;
    await this.passwords.requestResetCode(identifier, channel, clientIp(ctx));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Choose a new password with a one-time code.' })
  async resetPasswordWithCode(
    @Context() ctx: GqlContext,
    @Args('identifier', { type: () => String }) identifier: string,
    @Args('code', { type: () => String }) code: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
  ): Promise<boolean> {
    if (
      identifier.length > MAX_IDENTIFIER ||
      code.length > 20 ||
      newPassword.length > MAX_PASSWORD
    ) {
      throw AppError.badInput('The code is wrong or has expired. Ask for a new one.');
    }
    await this.passwords.resetWithCode(identifier, code, newPassword, clientIp(ctx));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Ask for a reset code for a colleague; it goes by SMS to the colleague’s own registered mobile.',
  })
  async requestColleaguePasswordReset(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<boolean> {
    await this.passwords.requestResetForColleague(viewer, personId);
    return true;
  }

  @Mutation(() => TemporaryPasswordModel, {
    description:
      'Set a temporary password for one of your people (managers), or anyone in your municipalities (support). The person must change it at the next sign-in.',
  })
  async setTemporaryPassword(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<TemporaryPasswordModel> {
    return { password: await this.passwords.setTemporaryPassword(viewer, personId) };
  }

  @Mutation(() => Boolean, { description: 'Unlock an account locked by failed sign-ins.' })
  async unlockAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<boolean> {
    await this.passwords.unlockAccount(viewer, personId);
    return true;
  }
}
