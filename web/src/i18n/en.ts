/** English texts; sv and nb must provide every key (the type checker enforces it). */
export const en = {
  app: {
    name: 'Linje',
    tagline: 'IT help for your municipality',
    skipToContent: 'Skip to content',
    language: 'Language',
    signOut: 'Sign out',
    loading: 'Loading…',
    portal: 'Self-service',
    console: 'Agent console',
  },
  auth: {
    title: 'Sign in',
    intro: 'Sign in with your work e-mail or username and your usual password.',
    identifier: 'Work e-mail or username',
    password: 'Password',
    submit: 'Sign in',
    showPassword: 'Show or hide the password',
    failed: 'Wrong username or password.',
  },
  portal: {
    newTicketTitle: 'Report a problem',
    newTicketIntro:
      'For problems that are not critical. You get a ticket number and replies here and by e-mail.',
    titleLabel: 'What is the problem?',
    titleHint: 'A short summary, e.g. “Printer on floor 2 jams”.',
    descriptionLabel: 'Details',
    descriptionHint: 'What happened, where, and since when.',
    submit: 'Send ticket',
    created: 'Ticket {{number}} was created.',
    myTickets: 'My tickets',
    noTickets: 'You have no tickets yet.',
    criticalTitle: 'Is it critical?',
    criticalText:
      'Critical means danger to life or health, or a whole department unable to work. Call IT directly: {{phone}}.',
  },
  queue: {
    title: 'Queue',
    live: 'Live',
    empty: 'The queue is empty.',
    number: 'Number',
    subject: 'Title',
    caller: 'Caller',
    municipality: 'Municipality',
    status: 'Status',
    priority: 'Priority',
    created: 'Created',
    loadMore: 'Show more',
    newTicketArrived: 'New ticket {{number}}: {{title}}',
  },
  status: {
    NEW: 'New',
    IN_PROGRESS: 'In progress',
    WAITING_FOR_CALLER: 'Waiting for caller',
    WAITING_FOR_SUPPLIER: 'Waiting for supplier',
    RESOLVED: 'Resolved',
    CLOSED: 'Closed',
  },
  priority: {
    CRITICAL: 'Critical',
    HIGH: 'High',
    MEDIUM: 'Medium',
    LOW: 'Low',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    network: 'Linje cannot be reached. Check your connection.',
    BAD_USER_INPUT: 'Please check what you entered.',
    UNAUTHENTICATED: 'Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'It could not be found.',
    CONFLICT: 'Someone else changed this at the same time. Reload and try again.',
    PAYLOAD_TOO_LARGE: 'That is too large to send.',
    fields: {
      title: {
        EMPTY: 'Write a short summary.',
        TOO_LONG: 'Keep the summary under {{max}} characters.',
      },
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
