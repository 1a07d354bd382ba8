import { defineMessages } from '../../i18n/define';

export const messages = defineMessages({
  en: {
    sla: {
      title: 'SLA compliance',
      monthLabel: 'Month',
      noGroup: 'No group',
      group: 'Group',
      resolved: 'Resolved',
      responseMet: 'Response met',
      resolutionMet: 'Resolution met',
      responsePct: 'Response on time (%)',
      resolutionPct: 'Resolution on time (%)',
      empty: 'No tickets were resolved this month.',
      chartLabel: 'Share of resolved tickets that met their targets, per group',
    },
  },
  sv: {
    sla: {
      title: 'SLA-uppfyllnad',
      monthLabel: 'Månad',
      noGroup: 'Ingen grupp',
      group: 'Grupp',
      resolved: 'Lösta',
      responseMet: 'Svar i tid',
      resolutionMet: 'Lösning i tid',
      responsePct: 'Svar i tid (%)',
      resolutionPct: 'Lösning i tid (%)',
      empty: 'Inga ärenden löstes denna månad.',
      chartLabel: 'Andel lösta ärenden som höll sina mål, per grupp',
    },
  },
  nb: {
    sla: {
      title: 'SLA-oppfyllelse',
      monthLabel: 'Måned',
      noGroup: 'Ingen gruppe',
      group: 'Gruppe',
      resolved: 'Løst',
      responseMet: 'Svar i tide',
      resolutionMet: 'Løsning i tide',
      responsePct: 'Svar i tide (%)',
      resolutionPct: 'Løsning i tide (%)',
      empty: 'Ingen saker ble løst denne måneden.',
      chartLabel: 'Andel løste saker som holdt målene sine, per gruppe',
    },
  },
});
