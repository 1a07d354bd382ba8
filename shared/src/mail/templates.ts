/**
 * Texts of Linje's outgoing notifications: one template per event and language, with a small
 * placeholder syntax, `{{name}}` (spaces inside the braces allowed). Defaults live here;
 * administrators may override them per tenant, and an override is validated against the
 * placeholders its event offers so a typo is refused rather than sent as literal braces.
 * Pure: no I/O.
 */

export const TEMPLATE_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const NOTIFICATION_EVENTS = [
  'TICKET_CREATED',
  'TICKET_UPDATED',
  'TICKET_REPLIED',
  'TICKET_RESOLVED',
  'TICKET_ASSIGNED',
  'SLA_WARNING',
  'SLA_BREACH',
  'ESCALATION_STEP',
  'OVERTIME_AUTHORISED',
  'CRITICAL_PAGE',
  'CRITICAL_ESCALATION',
  'APPROVAL_REQUESTED',
  'APPROVAL_DECIDED',
  /** A sensitive decision (an inspection of someone's mailbox or files), to those told of it. */
  'SENSITIVE_DECISION_FILED',
  'SENSITIVE_DECISION_DECIDED',
  'ANNOUNCEMENT',
  'PASSWORD_EXPIRY',
  'RESET_CODE',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** Paging: cannot be turned off by preferences and is never held to working hours. */
export const MANDATORY_EVENTS: readonly NotificationEvent[] = [
  'CRITICAL_PAGE',
  'CRITICAL_ESCALATION',
];

export function isNotificationEvent(value: string): value is NotificationEvent {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(value);
}

export type TemplateValues = Readonly<Record<string, string | number | null | undefined>>;

export interface MessageTemplate {
  readonly subject: string;
  readonly body: string;
}

const TICKET = ['recipientName', 'ticketNumber', 'ticketTitle', 'link'] as const;

/** The placeholders each event offers. */
export const EVENT_PLACEHOLDERS: Readonly<Record<NotificationEvent, readonly string[]>> = {
  TICKET_CREATED: TICKET,
  TICKET_UPDATED: [...TICKET, 'text'],
  TICKET_REPLIED: [...TICKET, 'author', 'text'],
  TICKET_RESOLVED: [...TICKET, 'text'],
  TICKET_ASSIGNED: [...TICKET, 'assignee'],
  SLA_WARNING: [...TICKET, 'level', 'deadline'],
  SLA_BREACH: [...TICKET, 'level', 'deadline'],
  ESCALATION_STEP: [...TICKET, 'step'],
  OVERTIME_AUTHORISED: ['recipientName', 'text', 'link'],
  CRITICAL_PAGE: [...TICKET, 'text'],
  CRITICAL_ESCALATION: [...TICKET, 'text'],
  APPROVAL_REQUESTED: ['recipientName', 'text', 'link'],
  APPROVAL_DECIDED: ['recipientName', 'text', 'link'],
  SENSITIVE_DECISION_FILED: ['recipientName', 'link'],
  SENSITIVE_DECISION_DECIDED: ['recipientName', 'link'],
  ANNOUNCEMENT: ['recipientName', 'title', 'text', 'link'],
  PASSWORD_EXPIRY: ['recipientName', 'expiresOn', 'link'],
  RESET_CODE: ['recipientName', 'code', 'validMinutes', 'username', 'link'],
};

type Defaults = Readonly<Record<NotificationEvent, MessageTemplate>>;

const EN: Defaults = {
  TICKET_CREATED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\nTicket {{ticketNumber}} "{{ticketTitle}}" has been registered.\n\n{{link}}\n',
  },
  TICKET_UPDATED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  TICKET_REPLIED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\n{{author}} replied on ticket {{ticketNumber}} "{{ticketTitle}}":\n\n{{text}}\n\nReply to this message or follow the ticket in Linje: {{link}}\n',
  },
  TICKET_RESOLVED: {
    subject: '[{{ticketNumber}}] Resolved: {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\nTicket {{ticketNumber}} "{{ticketTitle}}" has been resolved.\n\n{{text}}\n\n{{link}}\n',
  },
  TICKET_ASSIGNED: {
    subject: '[{{ticketNumber}}] Assigned: {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\nTicket {{ticketNumber}} "{{ticketTitle}}" is now assigned to {{assignee}}.\n\n{{link}}\n',
  },
  SLA_WARNING: {
    subject: '[{{ticketNumber}}] SLA warning: {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\nThe {{level}} deadline of ticket {{ticketNumber}} is {{deadline}}.\n\n{{link}}\n',
  },
  SLA_BREACH: {
    subject: '[{{ticketNumber}}] SLA breached: {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\nThe {{level}} deadline of ticket {{ticketNumber}} ({{deadline}}) has passed.\n\n{{link}}\n',
  },
  ESCALATION_STEP: {
    subject: '[{{ticketNumber}}] Escalated: {{ticketTitle}}',
    body: 'Hello {{recipientName}},\n\nTicket {{ticketNumber}} was escalated: {{step}}.\n\n{{link}}\n',
  },
  OVERTIME_AUTHORISED: {
    subject: 'Overtime authorised',
    body: 'Hello {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  CRITICAL_PAGE: {
    subject: '[{{ticketNumber}}] CRITICAL: {{ticketTitle}}',
    body: 'Linje: {{text}}',
  },
  CRITICAL_ESCALATION: {
    subject: '[{{ticketNumber}}] CRITICAL escalation: {{ticketTitle}}',
    body: 'Linje: {{text}}',
  },
  APPROVAL_REQUESTED: {
    subject: 'Approval requested',
    body: 'Hello {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  APPROVAL_DECIDED: {
    subject: 'Approval decided',
    body: 'Hello {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  SENSITIVE_DECISION_FILED: {
    subject: 'Inspection of an employee filed',
    body: "Hello {{recipientName}},\n\nAn inspection of an employee's e-mail or files has been filed for decision. You are informed as the union representative. Sign in to Linje to read it under Order and apply.\n\n{{link}}\n",
  },
  SENSITIVE_DECISION_DECIDED: {
    subject: 'Inspection of an employee decided',
    body: "Hello {{recipientName}},\n\nAn inspection of an employee's e-mail or files has been decided. Sign in to Linje to read the decision under Order and apply.\n\n{{link}}\n",
  },
  ANNOUNCEMENT: {
    subject: '{{title}}',
    body: 'Hello {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  PASSWORD_EXPIRY: {
    subject: 'Your password expires on {{expiresOn}}',
    body: 'Linje: your password expires on {{expiresOn}}. Choose a new one in Linje under My profile before then.',
  },
  RESET_CODE: {
    subject: 'Linje: choose a new password',
    body: 'Linje: your code to choose a new password is {{code}}. It is valid for {{validMinutes}} minutes. Username: {{username}}.',
  },
};

const SV: Defaults = {
  TICKET_CREATED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\nÄrende {{ticketNumber}} "{{ticketTitle}}" har registrerats.\n\n{{link}}\n',
  },
  TICKET_UPDATED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  TICKET_REPLIED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\n{{author}} har svarat i ärende {{ticketNumber}} "{{ticketTitle}}":\n\n{{text}}\n\nSvara på det här meddelandet eller följ ärendet i Linje: {{link}}\n',
  },
  TICKET_RESOLVED: {
    subject: '[{{ticketNumber}}] Löst: {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\nÄrende {{ticketNumber}} "{{ticketTitle}}" är löst.\n\n{{text}}\n\n{{link}}\n',
  },
  TICKET_ASSIGNED: {
    subject: '[{{ticketNumber}}] Tilldelat: {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\nÄrende {{ticketNumber}} "{{ticketTitle}}" är nu tilldelat {{assignee}}.\n\n{{link}}\n',
  },
  SLA_WARNING: {
    subject: '[{{ticketNumber}}] SLA-varning: {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\nTidsgränsen ({{level}}) för ärende {{ticketNumber}} är {{deadline}}.\n\n{{link}}\n',
  },
  SLA_BREACH: {
    subject: '[{{ticketNumber}}] SLA överskriden: {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\nTidsgränsen ({{level}}) för ärende {{ticketNumber}} ({{deadline}}) har passerats.\n\n{{link}}\n',
  },
  ESCALATION_STEP: {
    subject: '[{{ticketNumber}}] Eskalerat: {{ticketTitle}}',
    body: 'Hej {{recipientName}},\n\nÄrende {{ticketNumber}} har eskalerats: {{step}}.\n\n{{link}}\n',
  },
  OVERTIME_AUTHORISED: {
    subject: 'Övertid godkänd',
    body: 'Hej {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  CRITICAL_PAGE: {
    subject: '[{{ticketNumber}}] KRITISKT: {{ticketTitle}}',
    body: 'Linje: {{text}}',
  },
  CRITICAL_ESCALATION: {
    subject: '[{{ticketNumber}}] KRITISK eskalering: {{ticketTitle}}',
    body: 'Linje: {{text}}',
  },
  APPROVAL_REQUESTED: {
    subject: 'Godkännande begärt',
    body: 'Hej {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  APPROVAL_DECIDED: {
    subject: 'Godkännande beslutat',
    body: 'Hej {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  SENSITIVE_DECISION_FILED: {
    subject: 'Granskning av en anställd begärd',
    body: 'Hej {{recipientName}},\n\nEn granskning av en anställds e-post eller filer har lämnats in för beslut. Du informeras som facklig företrädare. Logga in i Linje och läs den under Beställ och ansök.\n\n{{link}}\n',
  },
  SENSITIVE_DECISION_DECIDED: {
    subject: 'Granskning av en anställd beslutad',
    body: 'Hej {{recipientName}},\n\nEn granskning av en anställds e-post eller filer har beslutats. Logga in i Linje och läs beslutet under Beställ och ansök.\n\n{{link}}\n',
  },
  ANNOUNCEMENT: {
    subject: '{{title}}',
    body: 'Hej {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  PASSWORD_EXPIRY: {
    subject: 'Ditt lösenord går ut {{expiresOn}}',
    body: 'Linje: ditt lösenord går ut {{expiresOn}}. Välj ett nytt i Linje under Min profil innan dess.',
  },
  RESET_CODE: {
    subject: 'Linje: välj ett nytt lösenord',
    body: 'Linje: din kod för att välja ett nytt lösenord är {{code}}. Den gäller i {{validMinutes}} minuter. Användarnamn: {{username}}.',
  },
};

const NB: Defaults = {
  TICKET_CREATED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\nSak {{ticketNumber}} "{{ticketTitle}}" er registrert.\n\n{{link}}\n',
  },
  TICKET_UPDATED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  TICKET_REPLIED: {
    subject: '[{{ticketNumber}}] {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\n{{author}} har svart i sak {{ticketNumber}} "{{ticketTitle}}":\n\n{{text}}\n\nSvar på denne meldingen eller følg saken i Linje: {{link}}\n',
  },
  TICKET_RESOLVED: {
    subject: '[{{ticketNumber}}] Løst: {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\nSak {{ticketNumber}} "{{ticketTitle}}" er løst.\n\n{{text}}\n\n{{link}}\n',
  },
  TICKET_ASSIGNED: {
    subject: '[{{ticketNumber}}] Tildelt: {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\nSak {{ticketNumber}} "{{ticketTitle}}" er nå tildelt {{assignee}}.\n\n{{link}}\n',
  },
  SLA_WARNING: {
    subject: '[{{ticketNumber}}] SLA-varsel: {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\nFristen ({{level}}) for sak {{ticketNumber}} er {{deadline}}.\n\n{{link}}\n',
  },
  SLA_BREACH: {
    subject: '[{{ticketNumber}}] SLA brutt: {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\nFristen ({{level}}) for sak {{ticketNumber}} ({{deadline}}) er passert.\n\n{{link}}\n',
  },
  ESCALATION_STEP: {
    subject: '[{{ticketNumber}}] Eskalert: {{ticketTitle}}',
    body: 'Hei {{recipientName}},\n\nSak {{ticketNumber}} er eskalert: {{step}}.\n\n{{link}}\n',
  },
  OVERTIME_AUTHORISED: {
    subject: 'Overtid godkjent',
    body: 'Hei {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  CRITICAL_PAGE: {
    subject: '[{{ticketNumber}}] KRITISK: {{ticketTitle}}',
    body: 'Linje: {{text}}',
  },
  CRITICAL_ESCALATION: {
    subject: '[{{ticketNumber}}] KRITISK eskalering: {{ticketTitle}}',
    body: 'Linje: {{text}}',
  },
  APPROVAL_REQUESTED: {
    subject: 'Godkjenning bedt om',
    body: 'Hei {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  APPROVAL_DECIDED: {
    subject: 'Godkjenning avgjort',
    body: 'Hei {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  SENSITIVE_DECISION_FILED: {
    subject: 'Innsyn hos en ansatt begjært',
    body: 'Hei {{recipientName}},\n\nEn begjæring om innsyn i en ansatts e-post eller filer er sendt til avgjørelse. Du varsles som tillitsvalgt. Logg inn i Linje og les den under Bestill og søk.\n\n{{link}}\n',
  },
  SENSITIVE_DECISION_DECIDED: {
    subject: 'Innsyn hos en ansatt avgjort',
    body: 'Hei {{recipientName}},\n\nEn begjæring om innsyn i en ansatts e-post eller filer er avgjort. Logg inn i Linje og les avgjørelsen under Bestill og søk.\n\n{{link}}\n',
  },
  ANNOUNCEMENT: {
    subject: '{{title}}',
    body: 'Hei {{recipientName}},\n\n{{text}}\n\n{{link}}\n',
  },
  PASSWORD_EXPIRY: {
    subject: 'Passordet ditt utløper {{expiresOn}}',
    body: 'Linje: passordet ditt utløper {{expiresOn}}. Velg et nytt i Linje under Min profil før det.',
  },
  RESET_CODE: {
    subject: 'Linje: velg et nytt passord',
    body: 'Linje: koden din for å velge et nytt passord er {{code}}. Den gjelder i {{validMinutes}} minutter. Brukernavn: {{username}}.',
  },
};

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateLanguage, Defaults>> = {
  sv: SV,
  nb: NB,
  en: EN,
};

/** The language of a tenant's outgoing messages, from its country (SE → sv, NO → nb). */
export function templateLanguageOf(country: string): TemplateLanguage {
  const c = country.toUpperCase();
  if (c === 'SE') return 'sv';
  if (c === 'NO') return 'nb';
  return 'en';
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export type TemplateProblemCode = 'UNKNOWN_PLACEHOLDER' | 'MALFORMED_PLACEHOLDER' | 'EMPTY';

export interface TemplateProblem {
  readonly code: TemplateProblemCode;
  /** The placeholder name, or the text around a malformed one. */
  readonly detail: string;
}

/** The placeholder names a template uses, in order of first use. */
export function templatePlaceholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * What is wrong with a template for an event: unknown placeholders, braces that are not a
 * placeholder (`{{ ticket number }}`, a lone `{{`), or no text at all. Empty list if fine.
 */
export function validateTemplate(template: string, allowed: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.trim() === '') problems.push({ code: 'EMPTY', detail: '' });
  for (const name of templatePlaceholders(template)) {
    if (!allowed.includes(name)) problems.push({ code: 'UNKNOWN_PLACEHOLDER', detail: name });
  }
  const rest = template.replace(PLACEHOLDER, '');
  const stray = /\{\{|\}\}/.exec(rest);
  if (stray) {
    const at = stray.index;
    problems.push({
      code: 'MALFORMED_PLACEHOLDER',
      detail: rest.slice(Math.max(0, at - 10), at + 12),
    });
  }
  return problems;
}

export interface RenderOptions {
  /** Subjects and SMS headers: line breaks in values become spaces (no header injection). */
  readonly singleLine?: boolean;
  /** Escape values for HTML. Templates are plain text by default. */
  readonly html?: boolean;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Fills in a template. Values are inserted once, never re-scanned, so a value containing
 * `{{code}}` stays literal; a missing value renders as empty text. Control characters other
 * than line breaks and tabs are removed from values.
 */
export function renderTemplate(
  template: string,
  values: TemplateValues,
  options: RenderOptions = {},
): string {
  const out = template.replace(PLACEHOLDER, (_all, name: string) => {
    const raw = values[name];
    let text = raw === null || raw === undefined ? '' : String(raw);
    // eslint-disable-next-line no-control-regex
    text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    if (options.singleLine) text = text.replace(/\s*[\r\n]+\s*/g, ' ');
    if (options.html) text = text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
    return text;
  });
  return options.singleLine ? out.replace(/[\r\n]+/g, ' ').trim() : out;
}

/** Renders an event's subject and body from the tenant's override or the default. */
export function renderMessage(
  event: NotificationEvent,
  language: TemplateLanguage,
  values: TemplateValues,
  override?: Partial<MessageTemplate> | null,
): MessageTemplate {
  const base = DEFAULT_TEMPLATES[language][event];
  return {
    subject: renderTemplate(override?.subject ?? base.subject, values, { singleLine: true }),
    body: renderTemplate(override?.body ?? base.body, values),
  };
}
