import pg from 'pg';

export type Deliver = (topic: string, payload: unknown) => void;

/** Carries events between server processes; every process delivers every event to its own subscribers once. */
export interface EventTransport {
  start(deliver: Deliver): Promise<void>;
  publish(topic: string, payload: unknown): Promise<void>;
  stop(): Promise<void>;
}

/** One process (the embedded SQLite default): events never leave this process. */
export class InProcessTransport implements EventTransport {
  private deliver: Deliver | null = null;

  async start(deliver: Deliver): Promise<void> {
    this.deliver = deliver;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    this.deliver?.(topic, payload);
  }

  async stop(): Promise<void> {
    this.deliver = null;
  }
}

const CHANNEL = 'linje_events';

/**
 * Several processes on one PostgreSQL: NOTIFY fans an event out to every process
 * that LISTENs, including the sender, so a change on node A reaches a browser on node B.
 */
export class PostgresTransport implements EventTransport {
  private listener: pg.Client | null = null;
  private publisher: pg.Pool;
  private deliver: Deliver | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly onError: (err: unknown) => void,
  ) {
    this.publisher = new pg.Pool({ connectionString: url, max: 2 });
    this.publisher.on('error', onError);
  }

  async start(deliver: Deliver): Promise<void> {
    this.deliver = deliver;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        const { topic, payload } = JSON.parse(msg.payload) as { topic: string; payload: unknown };
        this.deliver?.(topic, payload);
      } catch (err) {
        this.onError(err);
      }
    });
    const retry = (err: unknown) => {
      this.onError(err);
      this.listener = null;
      if (!this.stopped && !this.reconnectTimer) {
        this.reconnectTimer = setTimeout(() => {
          this.reconnectTimer = null;
          this.connect().catch(retry);
        }, 1000);
      }
    };
    client.on('error', retry);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.query('select pg_notify($1, $2)', [
      CHANNEL,
      JSON.stringify({ topic, payload }),
    ]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.listener?.end().catch(() => undefined);
    await this.publisher.end().catch(() => undefined);
  }
}
