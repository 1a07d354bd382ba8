import type { ArticleLanguage } from '@linje/shared';

/** The language a municipality's texts default to. */
export function tenantLanguage(country: string): ArticleLanguage {
  if (country === 'NO') return 'nb';
  if (country === 'SE') return 'sv';
  return 'en';
}

/** The in-app notice to an article's owner about a "was this helpful?" answer. */
export function feedbackNoticeText(
  language: ArticleLanguage,
  title: string,
  helpful: boolean,
  comment: string | null,
): string {
  const said = comment ? `: “${comment.length > 140 ? `${comment.slice(0, 139)}…` : comment}”` : '';
  switch (language) {
    case 'sv':
      return `${helpful ? 'Hjälpsam' : 'Inte hjälpsam'}: ”${title}”${said}`;
    case 'nb':
      return `${helpful ? 'Nyttig' : 'Ikke nyttig'}: «${title}»${said}`;
    case 'en':
      return `${helpful ? 'Helpful' : 'Not helpful'}: “${title}”${said}`;
  }
}
