import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { Clock, ManualClock } from '../common/clock.js';
import { JobsService } from './jobs.service.js';

const POLL_MS = 5_000;

/**
 * Runs due jobs on start (catching up on missed timers) and then every few seconds.
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
  ) {}

  onApplicationBootstrap(): void {
    if (this.clock instanceof ManualClock) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), POLL_MS);
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
