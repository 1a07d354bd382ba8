import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
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
