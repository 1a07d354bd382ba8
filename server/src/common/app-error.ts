/** Stable error codes every client may rely on (the GraphQL `extensions.code`). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'TIMEOUT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status of each code, for the plain HTTP endpoints (downloads, uploads). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  TIMEOUT: 503,
};

export interface FieldProblem {
  field: string;
  /** Stable code the web translates, e.g. TOO_LONG. */
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** The one error type services throw; the transport maps `code` to the client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldProblem[] } & Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(message: string, fields?: FieldProblem[]): AppError {
    return new AppError('BAD_USER_INPUT', message, fields ? { fields } : {});
  }
  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found.`);
  }
  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError('FORBIDDEN', message);
  }
  static unauthenticated(message = 'Please sign in.'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }
  static conflict(message: string, details: Record<string, unknown> = {}): AppError {
    return new AppError('CONFLICT', message, details);
  }
}
