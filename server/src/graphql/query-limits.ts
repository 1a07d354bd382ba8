import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type ValidationContext,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../common/app-error.js';
import { requestRefusal } from '../common/format-graphql-error.js';

/** Deeper than any screen needs (the deepest is 5); stops recursion through relations. */
export const MAX_QUERY_DEPTH = 10;
/** Every selected field costs 1; a queue page of 200 rows with its fields is far below this. */
export const MAX_QUERY_COMPLEXITY = 1_000;
/** Aliases let one request repeat an expensive field many times; no screen uses more than a few. */
export const MAX_ALIASES = 15;
/**
 * Tokens per document, checked by the parser as it reads, so a huge document is refused
 * before it is turned into a tree. The largest document the web sends has about 150.
 */
export const MAX_TOKENS = 2_000;

/** Introspection's own nesting (ofType { ofType { … } }) is not recursion through data. */
const depthOf = depthLimit(MAX_QUERY_DEPTH, { ignore: ['__schema', '__type'] });

/** Whether fragments spread each other in a circle (which graphql-js's own rules refuse). */
function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(def, {
      FragmentSpread(node) {
        names.push(node.name.value);
      },
    });
    spreads.set(def.name.value, names);
  }
  const done = new Set<string>();
  const onPath = new Set<string>();
  const circles = (name: string): boolean => {
    if (onPath.has(name)) return true;
    if (done.has(name)) return false;
    onPath.add(name);
    const found = (spreads.get(name) ?? []).some(circles);
    onPath.delete(name);
    done.add(name);
    return found;
  };
  return [...spreads.keys()].some(circles);
}

/**
 * graphql-depth-limit follows fragment spreads without a guard, so a cycle would recurse until
 * the stack overflows; such a document is left to NoFragmentCyclesRule, which refuses it.
 */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  return hasFragmentCycle(context.getDocument()) ? {} : depthOf(context);
}

/** Refuses operations with more than MAX_ALIASES aliased fields, counted over the whole document. */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  let reported = false;
  return {
    Field(node) {
      if (!node.alias) return;
      aliases += 1;
      if (aliases > MAX_ALIASES && !reported) {
        reported = true;
        context.reportError(
          new GraphQLError(
            `This request uses more than ${MAX_ALIASES} aliases. Split it into smaller requests.`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
}

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
          throw requestRefusal(
            AppError.badInput(
              `This request asks for too much at once (${complexity} fields, at most ${MAX_QUERY_COMPLEXITY}). Ask for fewer fields.`,
            ),
          );
        }
      },
    };
  },
};
