import { Module } from '@nestjs/common';
import { JobsPoller } from './jobs-poller.js';
import { JobsService } from './jobs.service.js';

@Module({
  providers: [JobsService, JobsPoller],
  exports: [JobsService],
})
export class JobsModule {}
