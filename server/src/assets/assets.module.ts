import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AssetsCsvService } from './assets-csv.service.js';
import { AssetsResolver } from './assets.resolver.js';
import { AssetsService } from './assets.service.js';

@Module({
  imports: [AuditModule],
  providers: [AssetsService, AssetsCsvService, AssetsResolver],
})
export class AssetsModule {}
