import { formatNoticeInstant, noticeParams, type TemplateLanguage } from '@linje/shared';

/**
 * A notice's parameters in the reader's language: the SLA target and the kind of absence as
 * words, instants in the browser's time zone (the texts themselves come from `@linje/shared`).
 */
export function localParams(
  params: Record<string, string>,
  language: string,
): Record<string, string> {
  const lang: TemplateLanguage = language === 'sv' || language === 'nb' ? language : 'en';
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return noticeParams(params, lang, (iso) => formatNoticeInstant(iso, lang, zone));
}
