import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { ArticleAudience, ArticleLanguage } from '@linje/shared';
import type { Person } from '../people/person.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { richTextToPlain, sanitizeRichText } from '../tickets/rich-text.js';
import { Article, ArticleVersion, ArticleVisibility } from './article.entity.js';

interface DemoArticle {
  owner: 'kav' | 'por';
  shownTo: ('kav' | 'bur' | 'por')[];
  language: ArticleLanguage;
  audience?: ArticleAudience;
  title: string;
  category: string;
  tags: string[];
  html: string;
  /** Days from now (negative: the review date has passed). */
  reviewInDays?: number;
}

const ARTICLES: DemoArticle[] = [
  {
    owner: 'kav',
    shownTo: ['kav', 'bur'],
    language: 'sv',
    title: 'Pappersstopp i skrivaren',
    category: 'Skrivare',
    tags: ['skrivare', 'papper'],
    html: '<p>Öppna luckan som skrivarens display visar och dra försiktigt ut papperet <strong>i pappersriktningen</strong>.</p><ol><li>Stäng av skrivaren.</li><li>Ta bort allt papper som sitter fast, även små bitar.</li><li>Lägg i nytt papper och starta skrivaren.</li></ol><p>Kommer stoppet tillbaka: anmäl ett ärende med skrivarens märkning.</p>',
  },
  {
    owner: 'kav',
    shownTo: ['kav', 'bur'],
    language: 'sv',
    title: 'Ansluta till VPN hemifrån',
    category: 'Nätverk',
    tags: ['vpn', 'distansarbete'],
    html: '<p>Starta <strong>GlobalProtect</strong> från aktivitetsfältet och välj <em>Anslut</em>. Logga in med ditt användarnamn och godkänn inloggningen i appen på telefonen.</p><p>Fungerar det inte: kontrollera att datorn har internet och starta om den.</p>',
  },
  {
    owner: 'kav',
    shownTo: ['kav', 'bur'],
    language: 'sv',
    title: 'Byta eller återställa lösenord',
    category: 'Konto',
    tags: ['lösenord', 'konto'],
    html: '<p>Välj <em>Glömt lösenord</em> på inloggningssidan och få en kod med sms till din mobil. Lösenordet ska ha minst tolv tecken.</p>',
  },
  {
    owner: 'kav',
    shownTo: ['kav'],
    language: 'sv',
    title: 'Teams: ljud och mikrofon fungerar inte',
    category: 'Teams',
    tags: ['teams', 'ljud', 'headset'],
    html: '<p>Klicka på <strong>…</strong> → <em>Enhetsinställningar</em> i mötet och välj rätt högtalare och mikrofon. Koppla ur och in headsetet och testa med ett testsamtal.</p>',
    reviewInDays: -10,
  },
  {
    owner: 'kav',
    shownTo: ['kav', 'bur'],
    language: 'sv',
    title: 'SITHS-kortet fungerar inte vid inloggning',
    category: 'Inloggning',
    tags: ['siths', 'kortläsare', 'journal'],
    html: '<p>Kontrollera att kortet sitter rätt i läsaren med chipet uppåt. Ta ut kortet, vänta tio sekunder och sätt i det igen.</p><p>Är kortet spärrat eller har du glömt PIN-koden: kontakta din ID-administratör.</p>',
  },
  {
    owner: 'kav',
    shownTo: ['kav', 'bur'],
    language: 'sv',
    audience: 'AGENTS',
    title: 'Felsöka SITHS-läsare (för IT)',
    category: 'Inloggning',
    tags: ['siths', 'drivrutin'],
    html: '<p>Installera om Net iD Enterprise och kontrollera kortläsarens drivrutin i Enhetshanteraren. Byt läsare om lampan inte tänds.</p>',
  },
  {
    owner: 'kav',
    shownTo: ['kav', 'bur'],
    language: 'en',
    title: 'Connecting to the VPN from home',
    category: 'Network',
    tags: ['vpn', 'remote work'],
    html: '<p>Start <strong>GlobalProtect</strong> from the task bar and choose <em>Connect</em>. Sign in with your user name and approve the sign-in on your phone.</p>',
  },
  {
    owner: 'por',
    shownTo: ['por'],
    language: 'nb',
    title: 'Papirstopp i skriveren',
    category: 'Skriver',
    tags: ['skriver', 'papir'],
    html: '<p>Åpne luken skjermen på skriveren viser, og trekk papiret forsiktig ut <strong>i papirretningen</strong>.</p><ol><li>Slå av skriveren.</li><li>Fjern alt fastkjørt papir.</li><li>Legg i nytt papir og slå på skriveren.</li></ol>',
  },
  {
    owner: 'por',
    shownTo: ['por'],
    language: 'nb',
    title: 'Koble til VPN hjemmefra',
    category: 'Nettverk',
    tags: ['vpn', 'hjemmekontor'],
    html: '<p>Start <strong>VPN-klienten</strong> og velg <em>Koble til</em>. Logg inn med brukernavnet ditt og godkjenn innloggingen på telefonen.</p>',
  },
  {
    owner: 'por',
    shownTo: ['por'],
    language: 'nb',
    title: 'Bytte eller tilbakestille passord',
    category: 'Konto',
    tags: ['passord', 'konto'],
    html: '<p>Velg <em>Glemt passord</em> på innloggingssiden og få en kode på SMS. Passordet må ha minst tolv tegn.</p>',
  },
  {
    owner: 'por',
    shownTo: ['por'],
    language: 'nb',
    title: 'Teams: lyd og mikrofon virker ikke',
    category: 'Teams',
    tags: ['teams', 'lyd', 'hodesett'],
    html: '<p>Klikk på <strong>…</strong> → <em>Enhetsinnstillinger</em> i møtet og velg riktig høyttaler og mikrofon. Koble hodesettet fra og til igjen.</p>',
    reviewInDays: -3,
  },
  {
    owner: 'por',
    shownTo: ['por'],
    language: 'nb',
    title: 'Journalsystemet på sykehjemmet logger ut',
    category: 'Fagsystem',
    tags: ['journal', 'innlogging'],
    html: '<p>Journalsystemet logger ut etter 15 minutter uten aktivitet. Lagre ofte, og logg inn igjen med kortet ditt.</p>',
  },
];

/**
 * The demo knowledge base: Swedish articles shared by Kävlinge and Burlöv (written by
 * Kävlinge's IT), Norwegian ones of Porsanger, one English. Two have passed review dates.
 */
export async function seedDemoArticles(
  em: EntityManager,
  tenants: { kav: Tenant; bur: Tenant; por: Tenant | undefined },
  owners: { kav: Person | undefined; por: Person | undefined },
  now: Date,
): Promise<void> {
  const sqlite = !(em.getPlatform() instanceof PostgreSqlPlatform);
  for (const [i, a] of ARTICLES.entries()) {
    const tenant = tenants[a.owner];
    const owner = owners[a.owner];
    if (!tenant || !owner) continue;
    const bodyHtml = sanitizeRichText(a.html);
    const bodyText = richTextToPlain(bodyHtml);
    const at = new Date(now.getTime() - (ARTICLES.length - i) * 86_400_000);
    const review = a.reviewInDays ?? 180;
    const article = em.create(Article, {
      id: randomUUID(),
      tenant,
      title: a.title,
      bodyHtml,
      bodyText,
      category: a.category,
      tags: a.tags,
      language: a.language,
      audience: a.audience ?? 'STAFF',
      status: 'PUBLISHED',
      owner,
      reviewDate: new Date(now.getTime() + review * 86_400_000).toISOString().slice(0, 10),
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
    em.create(ArticleVersion, {
      id: randomUUID(),
      tenant,
      article,
      number: 1,
      title: a.title,
      bodyHtml,
      bodyText,
      status: 'PUBLISHED',
      savedBy: owner,
      savedAt: at,
    });
    for (const key of a.shownTo) {
      const shown = tenants[key];
      if (shown) em.create(ArticleVisibility, { id: randomUUID(), tenant: shown, article });
    }
    if (sqlite) {
      await em
        .getConnection()
        .execute(
          'insert into article_fts (article_id, title, body) values (?, ?, ?)',
          [article.id, a.title, bodyText],
          'run',
          em.getTransactionContext(),
        );
    }
  }
}
