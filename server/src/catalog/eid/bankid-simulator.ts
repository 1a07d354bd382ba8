import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  RP_PATH,
  type CollectResponse,
  type CompletionUser,
  type SignRequest,
} from './bankid-protocol.js';

interface SimOrder {
  request: SignRequest;
  status: CollectResponse['status'];
  hintCode: string;
  user: CompletionUser | null;
  collects: number;
}

export interface BankIdSimulator {
  url: string;
  /** The person's app approves the order as this person. */
  complete(orderRef: string, user: CompletionUser): void;
  /** The person cancels in their app (hint `userCancel`) or it times out. */
  fail(orderRef: string, hintCode: string): void;
  orders(): string[];
  close(): Promise<void>;
}

/**
 * A local stand-in for the BankID relying-party service, for tests and demos: the same
 * sign/collect/cancel requests and answers. An order stays pending (`outstandingTransaction`,
 * then `userSign`) until `complete` or `fail` — or, with `autoComplete`, it completes on the
 * second collect (or the `completeAfter`th) as the person `autoComplete` names for the request.
 */
export async function startBankIdSimulator(
  options: {
    host?: string;
    port?: number;
    autoComplete?: (r: SignRequest) => CompletionUser;
    completeAfter?: number;
  } = {},
): Promise<BankIdSimulator> {
  const completeAfter = Math.max(2, options.completeAfter ?? 2);
  const orders = new Map<string, SimOrder>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
          string,
          unknown
        >;
      } catch {
        answer(400, { errorCode: 'invalidParameters', details: 'Not JSON.' });
        return;
      }
      const method = (req.url ?? '').replace(`${RP_PATH}/`, '');
      if (req.method !== 'POST') {
        answer(405, { errorCode: 'methodNotAllowed', details: 'POST only.' });
        return;
      }
      if (method === 'sign') {
        if (typeof body['endUserIp'] !== 'string' || typeof body['userVisibleData'] !== 'string') {
          answer(400, { errorCode: 'invalidParameters', details: 'endUserIp, userVisibleData' });
          return;
        }
        const orderRef = randomUUID();
        orders.set(orderRef, {
          request: body as unknown as SignRequest,
          status: 'pending',
          hintCode: 'outstandingTransaction',
          user: null,
          collects: 0,
        });
        answer(200, {
          orderRef,
          autoStartToken: randomUUID(),
          qrStartToken: randomUUID(),
          qrStartSecret: randomUUID(),
        });
        return;
      }
      const order = typeof body['orderRef'] === 'string' ? orders.get(body['orderRef']) : undefined;
      if (!order || typeof body['orderRef'] !== 'string') {
        answer(400, { errorCode: 'invalidParameters', details: 'No such order.' });
        return;
      }
      const orderRef = body['orderRef'];
      if (method === 'cancel') {
        orders.delete(orderRef);
        answer(200, {});
        return;
      }
      if (method === 'collect') {
        order.collects += 1;
        if (order.status === 'pending' && options.autoComplete && order.collects >= completeAfter) {
          order.status = 'complete';
          order.user = options.autoComplete(order.request);
        } else if (order.status === 'pending' && order.collects >= 2) {
          order.hintCode = 'userSign';
        }
        const result: CollectResponse =
          order.status === 'complete' && order.user
            ? {
                orderRef,
                status: 'complete',
                completionData: {
                  user: order.user,
                  device: { ipAddress: order.request.endUserIp },
                  bankIdIssueDate: '2026-01-01',
                  signature: Buffer.from(
                    `<simulated-signature>${order.request.userNonVisibleData ?? ''}</simulated-signature>`,
                  ).toString('base64'),
                  ocspResponse: Buffer.from('simulated').toString('base64'),
                },
              }
            : { orderRef, status: order.status, hintCode: order.hintCode };
        // A finished order can be collected once more; then it is gone, as with the real service.
        if (order.status !== 'pending') orders.delete(orderRef);
        answer(200, result);
        return;
      }
      answer(404, { errorCode: 'notFound', details: 'Unknown method.' });
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    complete(orderRef, user) {
      const order = orders.get(orderRef);
      if (order) Object.assign(order, { status: 'complete', user });
    },
    fail(orderRef, hintCode) {
      const order = orders.get(orderRef);
      if (order) Object.assign(order, { status: 'failed', hintCode });
    },
    orders: () => [...orders.keys()],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
