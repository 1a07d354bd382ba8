import { defineMessages } from '../../i18n/define';

/** Texts of the dashboard; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    dashboard: {
      title: 'Open tickets',
      nav: 'Dashboard',
      total: '{{count}} open tickets',
      byPriority: 'By priority',
      byStatus: 'By status',
      byGroup: 'By operator group',
      byAge: 'By age',
      tickets: 'Tickets',
      unassigned: 'No group',
      ages: {
        UNDER_1_DAY: 'Under a day',
        UNDER_1_WEEK: 'Under a week',
        UNDER_1_MONTH: 'Under a month',
        OLDER: 'Older',
      },
      tableCaption: '{{chart}} as a table',
      municipality: 'Municipality',
      allMunicipalities: 'All my municipalities',
    },
  },
  sv: {
    dashboard: {
      title: 'Öppna ärenden',
      nav: 'Översikt',
      total: '{{count}} öppna ärenden',
      byPriority: 'Per prioritet',
      byStatus: 'Per status',
      byGroup: 'Per operatörsgrupp',
      byAge: 'Per ålder',
      tickets: 'Ärenden',
      unassigned: 'Ingen grupp',
      ages: {
        UNDER_1_DAY: 'Under ett dygn',
        UNDER_1_WEEK: 'Under en vecka',
        UNDER_1_MONTH: 'Under en månad',
        OLDER: 'Äldre',
      },
      tableCaption: '{{chart}} som tabell',
      municipality: 'Kommun',
      allMunicipalities: 'Alla mina kommuner',
    },
  },
  nb: {
    dashboard: {
      title: 'Åpne saker',
      nav: 'Oversikt',
      total: '{{count}} åpne saker',
      byPriority: 'Etter prioritet',
      byStatus: 'Etter status',
      byGroup: 'Etter operatørgruppe',
      byAge: 'Etter alder',
      tickets: 'Saker',
      unassigned: 'Ingen gruppe',
      ages: {
        UNDER_1_DAY: 'Under et døgn',
        UNDER_1_WEEK: 'Under en uke',
        UNDER_1_MONTH: 'Under en måned',
        OLDER: 'Eldre',
      },
      tableCaption: '{{chart}} som tabell',
      municipality: 'Kommune',
      allMunicipalities: 'Alle mine kommuner',
    },
  },
});
