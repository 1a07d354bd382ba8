import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { AppError } from '../common/app-error.js';
import { requestRefusal } from '../common/format-graphql-error.js';

/**
 * U+0000 in text ends strings in C libraries and PostgreSQL refuses it in text columns, so
 * text with it is refused for every operation before anything runs, with one clear answer.
 */
const NUL = '\u0000';

function inValue(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (value === null || typeof value !== 'object' || depth > 32) return false;
  return Object.values(value).some((v) => inValue(v, depth + 1));
}

const documents = new WeakMap<DocumentNode, boolean>();

function inDocument(document: DocumentNode): boolean {
  const known = documents.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes(NUL)) return undefined;
      found = true;
      return BREAK;
    },
  });
  documents.set(document, found);
  return found;
}

export const nulCharacterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (inValue(request.variables) || inDocument(document))
          throw requestRefusal(
            AppError.badInput('Text may not contain the NUL character (U+0000).'),
          );
      },
    };
  },
};
