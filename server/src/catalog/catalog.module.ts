import { EntityManager } from '@mikro-orm/core';
import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { EidSignatureProvider } from './eid/eid-signature.provider.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { CatalogController } from './catalog.controller.js';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';
import {
  PasswordSignatureProvider,
  SIGNATURE_PROVIDERS,
  SigningService,
  type SignatureProvider,
} from './signing.service.js';

@Module({
  imports: [AuditModule, AuthModule, NotificationsModule, TicketsModule],
  controllers: [CatalogController],
  providers: [
    CatalogService,
    CatalogResolver,
    SigningService,
    PasswordSignatureProvider,
    {
      provide: SIGNATURE_PROVIDERS,
      useFactory: (
        password: PasswordSignatureProvider,
        em: EntityManager,
        config: AppConfig,
        clock: Clock,
      ): SignatureProvider[] =>
        config.eid.endpoint
          ? [password, new EidSignatureProvider(em, config.eid.endpoint, clock)]
          : [password],
      inject: [PasswordSignatureProvider, EntityManager, APP_CONFIG, Clock],
    },
  ],
  exports: [CatalogService, SigningService],
})
export class CatalogModule {}
