import { Typography } from '@mantine/core';

/**
 * The one place Linje renders HTML: a ticket's `descriptionHtml` or a privacy notice, which
 * only ever come from the server's allowlist sanitiser (plain text descriptions arrive
 * escaped; the default notice is built from escaped parts). Never pass anything else here.
 */
export function SanitisedHtml({ html }: { html: string }) {
  return (
    <Typography style={{ overflowWrap: 'anywhere' }} data-testid="description-html">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
