import { renderTemplate, type TemplateLanguage } from '../mail/templates.js';

/** Notices whose text is written from their parameters in the reader's language. */
export const LOCALISED_NOTICE_KINDS = [
  'CRITICAL_ESCALATION',
  'CRITICAL_PAGE',
  'CRITICAL_TAKEN',
  'CRITICAL_AUTHORISED',
  'CRITICAL_DECLINED',
  'CRITICAL_OVERTIME_LIMIT',
  'SLA_WARNING',
  'SLA_BREACHED',
  'ONCALL_ANNOUNCED',
  'ONCALL_ENDED',
  'IT_ABSENCE_ANNOUNCED',
  'CATALOG_APPROVAL_REQUESTED',
  'CATALOG_ORDER_APPROVED',
  'CATALOG_ORDER_REJECTED',
  'SENSITIVE_DECISION_FILED',
  'SENSITIVE_DECISION_DECIDED',
] as const;
export type LocalisedNoticeKind = (typeof LOCALISED_NOTICE_KINDS)[number];

export function isLocalisedNoticeKind(kind: string): kind is LocalisedNoticeKind {
  return (LOCALISED_NOTICE_KINDS as readonly string[]).includes(kind);
}

/**
 * One text per kind and language, shared by the in-app list (i18next reads the same
 * `{{name}}` placeholders) and the SMS and e-mail that carry the notice.
 */
export const NOTICE_TEXTS: Readonly<
  Record<TemplateLanguage, Readonly<Record<LocalisedNoticeKind, string>>>
> = {
  en: {
    CRITICAL_ESCALATION: 'Critical ticket {{number}} ({{title}}) from {{reporter}} needs you now',
    CRITICAL_PAGE: 'Page: critical ticket {{number}} ({{title}}) — press “I’m on it” to take it',
    CRITICAL_TAKEN: '{{by}} is on critical ticket {{number}}',
    CRITICAL_AUTHORISED: '{{by}} authorised IT overtime for {{number}}',
    CRITICAL_DECLINED: '{{by}} declined IT overtime for {{number}}: {{reason}}',
    CRITICAL_OVERTIME_LIMIT: 'The authorised overtime for {{number}} has been used',
    SLA_WARNING: 'Ticket {{number}}: 80 % of the {{which}} time is used',
    SLA_BREACHED: 'Ticket {{number}}: the {{which}} target is breached',
    ONCALL_ANNOUNCED: 'IT on-call period announced — call {{phone}} if it is critical',
    ONCALL_ENDED: 'The IT on-call period has ended',
    IT_ABSENCE_ANNOUNCED: 'IT {{state}} from {{startsAt}} to {{endsAt}}',
    CATALOG_APPROVAL_REQUESTED: 'An order waits for your decision: {{itemName}}',
    CATALOG_ORDER_APPROVED: 'Your order “{{itemName}}” was approved',
    CATALOG_ORDER_REJECTED: 'Your order “{{itemName}}” was rejected: {{reason}}',
    SENSITIVE_DECISION_FILED: 'A sensitive decision was filed: {{itemName}}',
    SENSITIVE_DECISION_DECIDED: 'A sensitive decision was {{decision}}: {{itemName}}',
  },
  sv: {
    CRITICAL_ESCALATION: 'Kritiskt ärende {{number}} ({{title}}) från {{reporter}} behöver dig nu',
    CRITICAL_PAGE:
      'Larm: kritiskt ärende {{number}} ({{title}}) — tryck ”Jag tar det” för att ta det',
    CRITICAL_TAKEN: '{{by}} arbetar med kritiskt ärende {{number}}',
    CRITICAL_AUTHORISED: '{{by}} beviljade övertid för IT för {{number}}',
    CRITICAL_DECLINED: '{{by}} avslog övertid för IT för {{number}}: {{reason}}',
    CRITICAL_OVERTIME_LIMIT: 'Den beviljade övertiden för {{number}} är förbrukad',
    SLA_WARNING: 'Ärende {{number}}: 80 % av tiden ({{which}}) är förbrukad',
    SLA_BREACHED: 'Ärende {{number}}: målet ({{which}}) är överskridet',
    ONCALL_ANNOUNCED: 'IT-beredskap aviserad — ring {{phone}} om det är kritiskt',
    ONCALL_ENDED: 'IT-beredskapen har upphört',
    IT_ABSENCE_ANNOUNCED: 'IT {{state}} från {{startsAt}} till {{endsAt}}',
    CATALOG_APPROVAL_REQUESTED: 'En beställning väntar på ditt beslut: {{itemName}}',
    CATALOG_ORDER_APPROVED: 'Din beställning ”{{itemName}}” har godkänts',
    CATALOG_ORDER_REJECTED: 'Din beställning ”{{itemName}}” har avslagits: {{reason}}',
    SENSITIVE_DECISION_FILED: 'Ett känsligt beslut har begärts: {{itemName}}',
    SENSITIVE_DECISION_DECIDED: 'Ett känsligt beslut har {{decision}}: {{itemName}}',
  },
  nb: {
    CRITICAL_ESCALATION: 'Kritisk sak {{number}} ({{title}}) fra {{reporter}} trenger deg nå',
    CRITICAL_PAGE: 'Varsel: kritisk sak {{number}} ({{title}}) — trykk «Jeg tar den» for å ta den',
    CRITICAL_TAKEN: '{{by}} er på kritisk sak {{number}}',
    CRITICAL_AUTHORISED: '{{by}} klarerte overtid for IT for {{number}}',
    CRITICAL_DECLINED: '{{by}} avslo overtid for IT for {{number}}: {{reason}}',
    CRITICAL_OVERTIME_LIMIT: 'Den klarerte overtiden for {{number}} er brukt opp',
    SLA_WARNING: 'Sak {{number}}: 80 % av tiden ({{which}}) er brukt',
    SLA_BREACHED: 'Sak {{number}}: målet ({{which}}) er overskredet',
    ONCALL_ANNOUNCED: 'Beredskapsvakt på IT varslet — ring {{phone}} hvis det er kritisk',
    ONCALL_ENDED: 'Beredskapsvakten på IT er over',
    IT_ABSENCE_ANNOUNCED: 'IT {{state}} fra {{startsAt}} til {{endsAt}}',
    CATALOG_APPROVAL_REQUESTED: 'En bestilling venter på din avgjørelse: {{itemName}}',
    CATALOG_ORDER_APPROVED: 'Bestillingen din «{{itemName}}» er godkjent',
    CATALOG_ORDER_REJECTED: 'Bestillingen din «{{itemName}}» er avslått: {{reason}}',
    SENSITIVE_DECISION_FILED: 'En sensitiv beslutning er begjært: {{itemName}}',
    SENSITIVE_DECISION_DECIDED: 'En sensitiv beslutning er {{decision}}: {{itemName}}',
  },
};

/** Words for the codes a notice carries (the SLA target, the kind of absence, a decision). */
const WORDS: Readonly<Record<TemplateLanguage, Readonly<Record<string, string>>>> = {
  en: {
    response: 'response',
    resolution: 'resolution',
    ABSENT: 'is absent',
    REDUCED: 'has reduced availability',
    APPROVED: 'approved',
    REJECTED: 'rejected',
  },
  sv: {
    response: 'svarstid',
    resolution: 'lösningstid',
    ABSENT: 'är frånvarande',
    REDUCED: 'har begränsad tillgänglighet',
    APPROVED: 'godkänts',
    REJECTED: 'avslagits',
  },
  nb: {
    response: 'responstid',
    resolution: 'løsningstid',
    ABSENT: 'er fraværende',
    REDUCED: 'har redusert tilgjengelighet',
    APPROVED: 'godkjent',
    REJECTED: 'avslått',
  },
};

const INSTANT_PARAMS = ['startsAt', 'endsAt', 'dueAt'];

const LOCALES: Readonly<Record<TemplateLanguage, string>> = {
  en: 'en-GB',
  sv: 'sv-SE',
  nb: 'nb-NO',
};

/** An instant as the reader's language writes a date and time in the given zone. */
export function formatNoticeInstant(iso: string, language: TemplateLanguage, timeZone: string) {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

/**
 * A notice's parameters ready for its text: codes become words in the language, instants
 * are formatted by `formatInstant`, a name given per language is the reader's; anything else
 * is shown as sent.
 */
export function noticeParams(
  params: Readonly<Record<string, string | number | null | undefined>>,
  language: TemplateLanguage,
  formatInstant: (iso: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(params)) {
    const value = raw === null || raw === undefined ? '' : String(raw);
    out[name] = INSTANT_PARAMS.includes(name) && value ? formatInstant(value) : value;
  }
  const words = WORDS[language];
  if (out.which !== undefined) out.which = words[out.which] ?? out.which;
  if (out.kind !== undefined) out.state = words[out.kind] ?? out.kind;
  if (out.status !== undefined) out.decision = words[out.status] ?? out.status;
  // A catalog item's name comes in every language (`itemName_sv`, …): the reader's one.
  const itemName = out[`itemName_${language}`] ?? out.itemName_en;
  if (itemName !== undefined) out.itemName = itemName;
  return out;
}

/** The notice's text in the language, or null for a kind written in one language only. */
export function noticeText(
  kind: string,
  params: Readonly<Record<string, string | number | null | undefined>>,
  language: TemplateLanguage,
  timeZone: string,
): string | null {
  if (!isLocalisedNoticeKind(kind)) return null;
  const values = noticeParams(params, language, (iso) =>
    formatNoticeInstant(iso, language, timeZone),
  );
  return renderTemplate(NOTICE_TEXTS[language][kind], values, { singleLine: true });
}
