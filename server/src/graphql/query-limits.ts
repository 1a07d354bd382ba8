import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../common/app-error.js';

/** Deeper than any screen or the standard introspection query needs; stops recursion through relations. */
export const MAX_QUERY_DEPTH = 15;
/** Every selected field costs 1; a queue page of 200 rows with its fields is far below this. */
export const MAX_QUERY_COMPLEXITY = 1_000;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/**
 * Complexity per parsed document and operation. Apollo keeps one parsed document per
 * query text, so the same object comes back on every request for it; with every field
 * costing 1, only @skip/@include can make the figure depend on variables, and documents
 * using them are measured afresh each time.
 */
const complexityCache = new WeakMap<DocumentNode, Map<string, number>>();

function usesConditionalDirectives(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Refuses operations that select too many fields, before anything is resolved. */
export const complexityLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        const operationName = request.operationName ?? undefined;
        const measure = () =>
          getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName,
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
        let perOperation = complexityCache.get(document);
        if (!perOperation && !usesConditionalDirectives(document)) {
          perOperation = new Map();
          complexityCache.set(document, perOperation);
        }
        let complexity: number;
        if (perOperation) {
          const key = operationName ?? '';
          const cached = perOperation.get(key);
          complexity = cached ?? measure();
          if (cached === undefined) perOperation.set(key, complexity);
        } else {
          complexity = measure();
        }
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw AppError.badInput(
            `This request asks for too much at once (${complexity} fields, at most ${MAX_QUERY_COMPLEXITY}). Ask for fewer fields.`,
          );
        }
      },
    };
  },
};
