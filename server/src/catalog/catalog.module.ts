import { Module } from '@nestjs/common';
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
      useFactory: (password: PasswordSignatureProvider): SignatureProvider[] => [password],
      inject: [PasswordSignatureProvider],
    },
  ],
  exports: [CatalogService, SigningService],
})
export class CatalogModule {}
