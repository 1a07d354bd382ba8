import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Clock, ManualClock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { JobsService } from './jobs.service.js';

/**
 * Runs due jobs on start (catching up on missed timers) and then every JOB_POLL_SECONDS.
 * A ManualClock means time is driven by hand (tests), so nothing polls behind their back:
 * they call `JobsService.runDueJobs()` after moving the clock.
 */
@Injectable()
export class JobsPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.clock instanceof ManualClock) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.jobs.pollMs);
    this.timer.unref();
  }

  private tick(): void {
    this.running = this.running
      .then(() => this.jobs.runDueJobs())
      .catch((err: unknown) => this.logger.error({ err }, 'running due jobs failed'));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
