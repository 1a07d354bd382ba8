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
    menu: 'Menu',
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
    TOO_MANY_REQUESTS: 'Too many attempts. Wait a few minutes and try again.',
    TIMEOUT: 'The request took too long and was stopped. Try a narrower search.',
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
