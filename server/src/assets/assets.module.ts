import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AssetChargesResolver } from './asset-charges.resolver.js';
import { AssetChargesService } from './asset-charges.service.js';
import { AssetsCsvService } from './assets-csv.service.js';
import { AssetsResolver } from './assets.resolver.js';
import { AssetsService } from './assets.service.js';

@Module({
  imports: [AuditModule],
  providers: [
    AssetsService,
    AssetsCsvService,
    AssetsResolver,
    AssetChargesService,
    AssetChargesResolver,
  ],
})
export class AssetsModule {}
