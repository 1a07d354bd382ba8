import { messages as portal } from '../features/portal/messages';
import { messages as portalStart } from '../features/portal/start-messages';
import { messages as portalQr } from '../features/portal/qr-messages';
import { messages as colorScheme } from '../features/profile/color-scheme-messages';
import { messages as account } from '../features/auth/messages';
import { messages as staff } from '../features/staff/messages';
import { messages as admin } from '../features/admin/messages';
import { messages as queue } from '../features/queue/messages';
import { messages as ticket } from '../features/ticket/messages';
import { messages as dashboard } from '../features/dashboard/messages';
import { messages as availability } from '../features/availability/messages';
import { messages as critical } from '../features/critical/messages';
import { messages as escalation } from '../features/escalation/messages';
import { messages as sla } from '../features/sla/messages';
import { messages as oncall } from '../features/oncall/messages';
import { messages as calendars } from '../features/calendars/messages';
import { messages as assets } from '../features/assets/messages';
import { messages as knowledge } from '../features/knowledge/messages';
import { messages as mailIn } from '../features/mail-in/messages';
import { messages as audit } from '../features/audit/messages';
import { messages as notifications } from '../features/notifications/messages';
import { messages as announcements } from '../features/announcements/messages';
import { messages as catalog } from '../features/catalog/messages';
import { messages as privacy } from '../features/privacy/messages';
import { messages as components } from '../components/messages';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';

/** Every feature's texts, merged under their own top-level keys. Add a feature here. */
const FEATURES = [
  portal,
  portalStart,
  portalQr,
  colorScheme,
  queue,
  ticket,
  dashboard,
  availability,
  critical,
  escalation,
  account,
  staff,
  admin,
  sla,
  oncall,
  calendars,
  assets,
  knowledge,
  mailIn,
  audit,
  notifications,
  announcements,
  catalog,
  privacy,
  components,
];

type Bundle = Record<string, unknown>;

function merge(core: Bundle, lang: 'en' | 'sv' | 'nb'): Bundle {
  const out: Bundle = { ...core };
  for (const feature of FEATURES) {
    for (const [key, value] of Object.entries(feature[lang])) {
      if (key in out) throw new Error(`i18n key "${key}" is defined twice`);
      out[key] = value;
    }
  }
  return out;
}

export const resources = {
  en: { translation: merge(en, 'en') },
  sv: { translation: merge(sv, 'sv') },
  nb: { translation: merge(nb, 'nb') },
};
