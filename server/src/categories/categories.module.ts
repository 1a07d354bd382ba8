import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CategoriesResolver } from './categories.resolver.js';
import { CategoriesService } from './categories.service.js';

@Module({ imports: [AuditModule], providers: [CategoriesService, CategoriesResolver] })
export class CategoriesModule {}
