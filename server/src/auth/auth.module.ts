import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { AuthResolver } from './auth.resolver.js';
import { MeService } from './me.service.js';
import { PasswordExpiryReminders } from './password-expiry.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import { ThrottleService } from './throttle.service.js';

@Module({
  imports: [AuditModule, JobsModule],
  providers: [
    SessionService,
    MeService,
    PasswordService,
    PasswordExpiryReminders,
    ThrottleService,
    AuthResolver,
  ],
  exports: [SessionService, PasswordService, ThrottleService],
})
export class AuthModule {}
