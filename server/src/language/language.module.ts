import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { LanguageResolver, TenantLanguageResolver } from './language.resolver.js';

@Module({ imports: [AuditModule], providers: [LanguageResolver, TenantLanguageResolver] })
export class LanguageModule {}
