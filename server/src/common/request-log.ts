import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the access log keeps of a finished request. */
export interface RequestLine {
  method: string | undefined;
  /** The path without its query string, which may carry what a log should not. */
  path: string;
  statusCode: number;
  responseTime: number;
}

export function requestLine(
  // Express rewrites `url` inside mounted routers; `originalUrl` keeps what was asked for.
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
  val: { responseTime: number },
): RequestLine {
  const url = req.originalUrl ?? req.url ?? '';
  const query = url.indexOf('?');
  return {
    method: req.method,
    path: query < 0 ? url : url.slice(0, query),
    statusCode: res.statusCode,
    responseTime: val.responseTime,
  };
}
