import { MikroORM } from '@mikro-orm/core';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import {
  AUTH_OPERATIONS,
  RateLimitGuard,
  addressTracker,
  bucketKey,
  mutationName,
  viewerTracker,
} from './rate-limit.guard.js';
import { DatabaseThrottlerStorage } from './rate-limit.storage.js';

/** Rate limits (RATE_LIMIT_*), counted in the database so all server processes share them. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, MikroORM, Clock],
      useFactory: (config: AppConfig, orm: MikroORM, clock: Clock) => {
        const ttl = config.rateLimit.windowSeconds * 1000;
        return {
          storage: new DatabaseThrottlerStorage(orm, clock),
          setHeaders: false,
          generateKey: bucketKey,
          throttlers: [
            {
              name: 'auth',
              ttl,
              limit: config.rateLimit.auth,
              getTracker: addressTracker,
              skipIf: (context) => !AUTH_OPERATIONS.has(mutationName(context) ?? ''),
            },
            {
              name: 'mutations',
              ttl,
              limit: config.rateLimit.mutations,
              getTracker: viewerTracker,
            },
          ],
        };
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class SecurityModule {}
