/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query MyTickets {\n    myTickets {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n  }\n": typeof types.QueueTicketFieldsFragmentDoc,
    "\n  query Queue($first: Int!, $after: String) {\n    queue(first: $first, after: $after) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n": typeof types.QueueEventsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query MyTickets {\n    myTickets {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": types.MyTicketsDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": types.CreateTicketDocument,
    "\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n  }\n": types.QueueTicketFieldsFragmentDoc,
    "\n  query Queue($first: Int!, $after: String) {\n    queue(first: $first, after: $after) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.QueueDocument,
    "\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n": types.QueueEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      roles\n      isAgent\n      person {\n        id\n        displayName\n      }\n      tenant {\n        id\n        code\n        name\n        urgentPhone\n        supportPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($identifier: String!, $password: String!) {\n    signIn(identifier: $identifier, password: $password) {\n      id\n      isAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    myTickets {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyTickets {\n    myTickets {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment QueueTicketFields on Ticket {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    tenant {\n      id\n      code\n    }\n    caller {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($first: Int!, $after: String) {\n    queue(first: $first, after: $after) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Queue($first: Int!, $after: String) {\n    queue(first: $first, after: $after) {\n      nodes {\n        ...QueueTicketFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEvents {\n    queueEvents {\n      kind\n      ticket {\n        ...QueueTicketFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;