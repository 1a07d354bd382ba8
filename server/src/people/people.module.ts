import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { TenantAccessResolver } from './tenant-access.resolver.js';
import { TenantAccessService } from './tenant-access.service.js';

@Module({
  imports: [AuditModule],
  providers: [PeopleService, PeopleResolver, TenantAccessService, TenantAccessResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
