import { MikroORM } from '@mikro-orm/core';
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';

@Controller()
export class HealthController {
  constructor(private readonly orm: MikroORM) {}

  /** The process is alive. */
  @Get('healthz')
  @HttpCode(200)
  healthz(): { status: string } {
    return { status: 'ok' };
  }

  /** The process can serve requests: the database answers. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) res: Response): Promise<{ status: string }> {
    const ok = await this.orm.isConnected().catch(() => false);
    if (!ok) {
      res.status(503);
      return { status: 'unavailable' };
    }
    return { status: 'ready' };
  }
}
