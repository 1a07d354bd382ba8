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
  /** FULL: a commit is on disk before it is acknowledged, even through a power cut. */
  SQLITE_SYNCHRONOUS: z
    .enum(['FULL', 'NORMAL'], { error: 'must be "FULL" or "NORMAL"' })
    .default('FULL'),
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
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Linje <linje@localhost>'),
  /** The domain of the Message-IDs Linje makes (replies are threaded by them); from MAIL_FROM by default. */
  MAIL_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,253}$/, 'must be a domain name such as linje.example.org')
    .optional(),
  /** Port of the built-in SMTP receiver for incoming mail (0 = any free port); off when unset. */
  MAIL_IN_PORT: portSchema.optional(),
  MAIL_IN_HOST: z.string().min(1).default('127.0.0.1'),
  MAIL_IN_MAX_MB: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1024, 'must be at most 1024')
    .default(25),
  OUTBOX_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'data', 'outbox')),
  SMS_PROVIDER: z
    .enum(['simulator', 'http'], { error: 'must be "simulator" or "http"' })
    .default('simulator'),
  SMS_HTTP_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  SMS_HTTP_TOKEN: z.string().min(1).optional(),
  SMS_SENDER: z.string().min(1).max(11).default('Linje'),
  /** Body the HTTP gateway is sent, with {{to}}, {{from}} and {{text}} (JSON-escaped); JSON by default. */
  SMS_HTTP_BODY: z.string().min(1).optional(),
  SMS_HTTP_CONTENT_TYPE: z.string().min(3).default('application/json'),
  SMS_HTTP_AUTH: z
    .enum(['none', 'bearer', 'basic'], { error: 'must be "none", "bearer" or "basic"' })
    .optional(),
  SMS_HTTP_USER: z.string().min(1).optional(),
  SMS_HTTP_PASSWORD: z.string().min(1).optional(),
  /** Where people reach Linje: links in mail, the portal's QR codes (e.g. https://linje.kavlinge.example). */
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://linje.example.org',
    })
    .default('http://localhost:4000'),
  /** BankID relying-party endpoint for e-ID signing (the simulator's URL in tests and demos). */
  EID_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  TRUST_PROXY_HOPS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(10, 'must be at most 10')
    .default(0),
  ACCOUNT_ACTIVATION_HOURS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(24 * 30, 'must be at most 720')
    .default(48),
  /** Where attachments are stored; default: `files/` beside the SQLite file, else ./data/files. */
  FILES_DIR: z.string().min(1).optional(),
  ATTACHMENT_MAX_MB: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1024, 'must be at most 1024')
    .default(10),
  /** Enables /metrics for scrapes sending `Authorization: Bearer <token>`; unset: no /metrics. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How long a process owns a claimed job before another may take it over. */
  JOB_LEASE_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(3600, 'must be at most 3600')
    .default(300),
  /** How often each process looks for due jobs. */
  JOB_POLL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .min(0.05, 'must be at least 0.05')
    .max(600, 'must be at most 600')
    .default(5),
  /** Schema introspection over HTTP; off unless asked for (tests, local tooling). */
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default('false')
    .transform((v) => v === 'true'),
  /** An operation still running after this many milliseconds is answered with TIMEOUT. */
  GRAPHQL_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100')
    .max(600_000, 'must be at most 600000')
    .default(15_000),
  /** Sign-in and password-reset attempts per client address per window (rate-limit.guard.ts). */
  RATE_LIMIT_AUTH: positiveInt(1_000_000).default(30),
  /** Mutations per signed-in person (or per client address when anonymous) per window. */
  RATE_LIMIT_MUTATIONS: positiveInt(1_000_000).default(600),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(86_400).default(60),
  /** Agents and admins must sign in again after this many idle minutes. */
  SESSION_IDLE_MINUTES: positiveInt(24 * 60).default(30),
  /** …and this many hours after signing in, however busy. */
  SESSION_MAX_HOURS: positiveInt(24 * 30).default(12),
  /**
   * For end-to-end tests only: the server's clock starts at this instant and runs on from
   * there, so tests that depend on the time of day (IT closed out of hours) are deterministic.
   */
  LINJE_CLOCK_START: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 instant such as 2026-12-05T19:40:00Z' })
    .optional(),
});

function positiveInt(max: number) {
  return z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`);
}

export type AppConfig = {
  port: number;
  host: string;
  database:
    | {
        kind: 'sqlite';
        path: string;
        /** SQLite's `synchronous` pragma (FULL when not given); see docs/performance.md. */
        synchronous?: 'FULL' | 'NORMAL';
      }
    | { kind: 'postgresql'; url: string };
  demoSeed: 'auto' | 'never';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  webDist: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  mail: { smtpUrl: string | null; from: string; domain: string };
  /** The SMTP receiver for incoming mail; null when off. */
  mailIn: { port: number; host: string; maxBytes: number } | null;
  outboxDir: string;
  sms:
    | { provider: 'simulator'; sender: string }
    | {
        provider: 'http';
        sender: string;
        url: string;
        token: string | null;
        body: string | null;
        contentType: string;
        auth:
          | { kind: 'none' }
          | { kind: 'bearer'; token: string }
          | { kind: 'basic'; user: string; password: string };
      };
  /** Base URL of links in outgoing mail, without a trailing slash. */
  publicUrl: string;
  /** Reverse proxies in front of Linje whose X-Forwarded-For is trusted (0 = none). */
  trustProxyHops: number;
  /** Hours between registering an account and it becoming usable (seed 000: 48). */
  accountActivationHours: number;
  attachments: { dir: string; maxBytes: number };
  /** Bearer token a Prometheus scrape of /metrics must send; null: no /metrics. */
  metricsToken: string | null;
  jobs: { leaseMs: number; pollMs: number };
  graphql: { introspection: boolean; timeoutMs: number };
  rateLimit: { auth: number; mutations: number; windowSeconds: number };
  /** Re-authentication for agents and admins (staff keep SESSION_TTL_HOURS only). */
  agentSession: { idleMinutes: number; maxHours: number };
  /** Set only by end-to-end tests: the instant the server's clock starts at. */
  clockStart: Date | null;
  /** e-ID signing (BankID relying-party API); null: only password signatures. */
  eid: { endpoint: string | null };
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
  if (e.SMS_PROVIDER === 'http' && !e.SMS_HTTP_URL) {
    throw new ConfigError(['SMS_HTTP_URL: must be set when SMS_PROVIDER="http"']);
  }
  const smsAuth = e.SMS_HTTP_AUTH ?? (e.SMS_HTTP_TOKEN ? 'bearer' : 'none');
  if (smsAuth === 'bearer' && !e.SMS_HTTP_TOKEN) {
    throw new ConfigError(['SMS_HTTP_TOKEN: must be set when SMS_HTTP_AUTH="bearer"']);
  }
  if (smsAuth === 'basic' && (!e.SMS_HTTP_USER || !e.SMS_HTTP_PASSWORD)) {
    throw new ConfigError([
      'SMS_HTTP_USER, SMS_HTTP_PASSWORD: must be set when SMS_HTTP_AUTH="basic"',
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL }
      : { kind: 'sqlite', path: path.resolve(e.SQLITE_PATH), synchronous: e.SQLITE_SYNCHRONOUS },
    demoSeed: e.DEMO_SEED,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    mail: {
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM,
      domain: e.MAIL_DOMAIN ?? mailDomainOf(e.MAIL_FROM),
    },
    mailIn:
      e.MAIL_IN_PORT === undefined
        ? null
        : { port: e.MAIL_IN_PORT, host: e.MAIL_IN_HOST, maxBytes: e.MAIL_IN_MAX_MB * 1024 * 1024 },
    outboxDir: path.resolve(e.OUTBOX_DIR),
    sms:
      e.SMS_PROVIDER === 'http' && e.SMS_HTTP_URL
        ? {
            provider: 'http',
            sender: e.SMS_SENDER,
            url: e.SMS_HTTP_URL,
            token: e.SMS_HTTP_TOKEN ?? null,
            body: e.SMS_HTTP_BODY ?? null,
            contentType: e.SMS_HTTP_CONTENT_TYPE,
            auth:
              smsAuth === 'bearer'
                ? { kind: 'bearer', token: e.SMS_HTTP_TOKEN ?? '' }
                : smsAuth === 'basic'
                  ? {
                      kind: 'basic',
                      user: e.SMS_HTTP_USER ?? '',
                      password: e.SMS_HTTP_PASSWORD ?? '',
                    }
                  : { kind: 'none' },
          }
        : { provider: 'simulator', sender: e.SMS_SENDER },
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    trustProxyHops: e.TRUST_PROXY_HOPS,
    accountActivationHours: e.ACCOUNT_ACTIVATION_HOURS,
    attachments: {
      dir: path.resolve(
        e.FILES_DIR ??
          (e.DATABASE_URL
            ? path.join(REPO_ROOT, 'data', 'files')
            : path.join(path.dirname(path.resolve(e.SQLITE_PATH)), 'files')),
      ),
      maxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    },
    metricsToken: e.METRICS_TOKEN ?? null,
    jobs: { leaseMs: e.JOB_LEASE_SECONDS * 1000, pollMs: Math.round(e.JOB_POLL_SECONDS * 1000) },
    graphql: { introspection: e.GRAPHQL_INTROSPECTION, timeoutMs: e.GRAPHQL_TIMEOUT_MS },
    rateLimit: {
      auth: e.RATE_LIMIT_AUTH,
      mutations: e.RATE_LIMIT_MUTATIONS,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    },
    agentSession: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    clockStart: e.LINJE_CLOCK_START ? new Date(e.LINJE_CLOCK_START) : null,
    eid: { endpoint: e.EID_ENDPOINT ?? null },
  };
}

/** The domain of an address such as `Linje <linje@kavlinge.example>`; `localhost` without one. */
export function mailDomainOf(from: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return m?.[1] ?? 'localhost';
}
