import path from 'node:path';
import { z } from 'zod';

/** Where the repository root is, so defaults work whichever folder Linje is started from. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const portSchema = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const envSchema = z.object({
  PORT: portSchema.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SQLITE_PATH: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'data', 'linje.sqlite')),
  DEMO_SEED: z.enum(['auto', 'never'], { error: 'must be "auto" or "never"' }).default('auto'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  WEB_DIST: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'web', 'dist')),
  SESSION_TTL_HOURS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(24 * 365, 'must be at most 8760')
    .default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default('false')
    .transform((v) => v === 'true'),
});

export type AppConfig = {
  port: number;
  host: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };
  demoSeed: 'auto' | 'never';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  webDist: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates configuration from environment variables; throws ConfigError with every problem found. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const blankAsMissing = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(blankAsMissing);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join('.');
        const raw = blankAsMissing[key];
        return `${key}=${JSON.stringify(raw)}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL }
      : { kind: 'sqlite', path: path.resolve(e.SQLITE_PATH) },
    demoSeed: e.DEMO_SEED,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
  };
}
