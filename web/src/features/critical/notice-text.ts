/**
 * Notice parameters that carry a code (the SLA target: `response` or `resolution`), replaced
 * by the word in the reader's language; other parameters are shown as sent.
 */
export function localParams(
  params: Record<string, string>,
  t: (key: string) => string,
): Record<string, string> {
  const which = params.which;
  return which === 'response' || which === 'resolution'
    ? { ...params, which: t(`critical.which.${which}`) }
    : params;
}
