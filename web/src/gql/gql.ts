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
    "\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n": typeof types.ItAvailabilityDocument,
    "\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": typeof types.WhoToCallDocument,
    "\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n": typeof types.ReportCriticalDocument,
    "\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n": typeof types.CriticalCaseDocument,
    "\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.AcknowledgeEscalationDocument,
    "\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n": typeof types.EscalateCriticalDocument,
    "\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideOvertimeDocument,
    "\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": typeof types.TakeCriticalDocument,
    "\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n": typeof types.LogCriticalCallDocument,
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
    "\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n": types.ItAvailabilityDocument,
    "\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n": types.WhoToCallDocument,
    "\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n": types.ReportCriticalDocument,
    "\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n": types.CriticalCaseDocument,
    "\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.AcknowledgeEscalationDocument,
    "\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n": types.EscalateCriticalDocument,
    "\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideOvertimeDocument,
    "\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n": types.TakeCriticalDocument,
    "\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n": types.LogCriticalCallDocument,
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
export function graphql(source: "\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query ItAvailability {\n    itAvailability {\n      tier\n      until\n      absenceKind\n      absenceNote\n      onCallPhone\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WhoToCall {\n    whoToCall {\n      route\n      phone\n      availability {\n        tier\n        until\n        timeZone\n      }\n      people {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n    }\n    openCriticalCases {\n      id\n      ticketId\n      number\n      title\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCritical($input: ReportCriticalInput!) {\n    reportCritical(input: $input) {\n      id\n      ticketId\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n"): (typeof documents)["\n  query CriticalCase($ticketId: ID!) {\n    criticalCase(ticketId: $ticketId) {\n      criticalCase {\n        id\n        ticketId\n        number\n        title\n        definitionCode\n        route\n        status\n        currentLevel\n        currentAcknowledged\n        currentContact {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n          workPhone\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        decisionReason\n        overtimeLimitMinutes\n        takenBy {\n          id\n          displayName\n        }\n        createdAt\n      }\n      steps {\n        id\n        seq\n        at\n        kind\n        level\n        channel\n        outcome\n        note\n        contact {\n          id\n          displayName\n        }\n        actor {\n          id\n          displayName\n        }\n      }\n      chain {\n        level\n        absent\n        mayAuthorise\n        contacted\n        current\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        deputy {\n          id\n          displayName\n          workPhone\n        }\n      }\n      next {\n        kind\n        person {\n          id\n          displayName\n          jobTitle\n          workPhone\n        }\n        viaDeputyOf {\n          id\n          displayName\n        }\n      }\n      itStaff {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      onCallPhone\n      viewerMay {\n        escalate\n        acknowledge\n        decide\n        take\n        logCalls\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeEscalation($ticketId: ID!) {\n    acknowledgeEscalation(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateCritical($ticketId: ID!) {\n    escalateCritical(ticketId: $ticketId) {\n      id\n      status\n      currentLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideOvertime($input: OvertimeDecisionInput!) {\n    decideOvertime(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TakeCritical($ticketId: ID!) {\n    takeCritical(ticketId: $ticketId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {\n    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {\n      id\n    }\n  }\n"];
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