import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error.js';

/**
 * Expected errors (bad input, not found, forbidden…) go straight to the GraphQL
 * error formatter without Nest logging them as crashes.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
