import { graphql } from '../../gql';

export const CriticalCaseQuery = graphql(`
  query CriticalCase($ticketId: ID!) {
    criticalCase(ticketId: $ticketId) {
      criticalCase {
        id
        ticketId
        number
        title
        definitionCode
        route
        status
        currentLevel
        currentAcknowledged
        currentContact {
          id
          displayName
        }
        reporter {
          id
          displayName
          workPhone
        }
        decidedBy {
          id
          displayName
        }
        decisionReason
        overtimeLimitMinutes
        takenBy {
          id
          displayName
        }
        createdAt
      }
      steps {
        id
        seq
        at
        kind
        level
        channel
        outcome
        note
        contact {
          id
          displayName
        }
        actor {
          id
          displayName
        }
      }
      chain {
        level
        absent
        mayAuthorise
        contacted
        current
        person {
          id
          displayName
          jobTitle
          workPhone
        }
        deputy {
          id
          displayName
          workPhone
        }
      }
      next {
        kind
        person {
          id
          displayName
          jobTitle
          workPhone
        }
        viaDeputyOf {
          id
          displayName
        }
      }
      itStaff {
        id
        displayName
        jobTitle
        workPhone
      }
      onCallPhone
      viewerMay {
        escalate
        acknowledge
        decide
        take
        logCalls
      }
    }
  }
`);

export const AcknowledgeEscalationMutation = graphql(`
  mutation AcknowledgeEscalation($ticketId: ID!) {
    acknowledgeEscalation(ticketId: $ticketId) {
      id
      status
    }
  }
`);

export const EscalateCriticalMutation = graphql(`
  mutation EscalateCritical($ticketId: ID!) {
    escalateCritical(ticketId: $ticketId) {
      id
      status
      currentLevel
    }
  }
`);

export const DecideOvertimeMutation = graphql(`
  mutation DecideOvertime($input: OvertimeDecisionInput!) {
    decideOvertime(input: $input) {
      id
      status
    }
  }
`);

export const TakeCriticalMutation = graphql(`
  mutation TakeCritical($ticketId: ID!) {
    takeCritical(ticketId: $ticketId) {
      id
      status
    }
  }
`);

export const LogCriticalCallMutation = graphql(`
  mutation LogCriticalCall($ticketId: ID!, $personId: ID!, $outcome: String!) {
    logCriticalCall(ticketId: $ticketId, personId: $personId, outcome: $outcome) {
      id
    }
  }
`);
