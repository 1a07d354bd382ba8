import { Typography } from '@mantine/core';

/**
 * The one place Linje renders HTML: a ticket's `descriptionHtml`, which only ever comes from
 * the server's allowlist sanitiser (plain text descriptions arrive escaped). Never pass
 * anything else here.
 */
export function SanitisedHtml({ html }: { html: string }) {
  return (
    <Typography style={{ overflowWrap: 'anywhere' }} data-testid="description-html">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
