import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MeModel } from './models/me.model.js';
import { OptionalViewer, type GqlContext } from './gql-context.js';
import { MeService } from './me.service.js';
import { SESSION_COOKIE, SessionService, readCookie } from './session.service.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly me: MeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => MeModel, { nullable: true, description: 'The signed-in person, or null.' })
  async viewer(@OptionalViewer() viewer: Viewer | null): Promise<MeModel | null> {
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
    if (identifier.length > 200 || password.length > 1024) {
      throw AppError.unauthenticated('Wrong username or password.');
    }
    const { token, expiresAt } = await this.sessions.signIn(identifier, password);
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
}
