import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** Set when the server ended the session (idle or too long); the sign-in page says so once. */
export const SESSION_ENDED_KEY = 'linje.sessionEnded';

export function sessionEnded(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => {
    const fields = e.extensions?.['fields'];
    return (
      Array.isArray(fields) && fields.some((f: { code?: unknown }) => f.code === 'SESSION_EXPIRED')
    );
  });
}

/** One client for the whole app: HTTP POST for queries and mutations, WebSocket for subscriptions. */
export function createUrqlClient(): Client {
  const ws = createWsClient({ url: wsUrl(), lazy: true, retryAttempts: Infinity });
  return new Client({
    url: '/graphql',
    // Apollo's CSRF protection blocks simple GET requests; POST with JSON is never "simple".
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      mapExchange({
        onError(error) {
          if (!sessionEnded(error)) return;
          // Start afresh at sign-in: nothing from the ended session stays on screen or in cache.
          window.sessionStorage.setItem(SESSION_ENDED_KEY, '1');
          window.location.assign('/');
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
