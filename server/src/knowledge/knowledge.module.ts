import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { KnowledgeResolver } from './knowledge.resolver.js';
import { KnowledgeService } from './knowledge.service.js';

@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [KnowledgeService, KnowledgeResolver],
})
export class KnowledgeModule {}
