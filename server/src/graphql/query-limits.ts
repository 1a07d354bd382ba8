import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../common/app-error.js';

/** Deeper than any screen or the standard introspection query needs; stops recursion through relations. */
export const MAX_QUERY_DEPTH = 15;
/** Every selected field costs 1; a queue page of 200 rows with its fields is far below this. */
export const MAX_QUERY_COMPLEXITY = 1_000;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** Refuses operations that select too many fields, before anything is resolved. */
export const complexityLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        const complexity = getComplexity({
          schema,
          query: document,
          variables: request.variables ?? {},
          operationName: request.operationName ?? undefined,
          estimators: [simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw AppError.badInput(
            `This request asks for too much at once (${complexity} fields, at most ${MAX_QUERY_COMPLEXITY}). Ask for fewer fields.`,
          );
        }
      },
    };
  },
};
