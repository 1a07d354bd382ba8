import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the access log keeps of a finished request. */
export interface RequestLine {
  method: string | undefined;
  /** The path without its query string, which may carry what a log should not. */
  path: string;
  statusCode: number;
  responseTime: number;
}

type Request = IncomingMessage & { originalUrl?: string };

/** The path without its query string, which may carry what a log should not. */
function pathOf(req: Request): string {
  // Express rewrites `url` inside mounted routers; `originalUrl` keeps what was asked for.
  const url = req.originalUrl ?? req.url ?? '';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** What a log line bound to a request says of it: never its headers or query string. */
export function requestSummary(req: Request): { method: string | undefined; path: string } {
  return { method: req.method, path: pathOf(req) };
}

export function requestLine(
  req: Request,
  res: ServerResponse,
  val: { responseTime: number },
): RequestLine {
  return {
    ...requestSummary(req),
    statusCode: res.statusCode,
    responseTime: val.responseTime,
  };
}
