import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AnnouncementsResolver } from './announcements.resolver.js';
import { AnnouncementsService } from './announcements.service.js';

@Module({ imports: [AuditModule], providers: [AnnouncementsService, AnnouncementsResolver] })
export class AnnouncementsModule {}
