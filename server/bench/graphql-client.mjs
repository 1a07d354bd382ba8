// The bench's HTTP client: node:http with kept-alive connections. On a 2-core machine the
// load generator shares the cores with the server, so the client must cost little; fetch
// (undici) spent about three times the CPU per request of this client here, and capped even
// a bare Node server at about 800 requests a second where this client reached 2,600.
import http from 'node:http';

/** A poster of GraphQL bodies to `url`, with up to `sockets` connections kept open. */
export function graphqlClient(url, cookie, sockets = 1) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  /** Posts a JSON body (a string) and resolves with the parsed response; rejects on GraphQL errors. */
  function post(body) {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(cookie ? { cookie } : {}),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors).slice(0, 300)));
              else resolve(parsed);
            } catch (err) {
              reject(err);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  return { post, close: () => agent.destroy() };
}
