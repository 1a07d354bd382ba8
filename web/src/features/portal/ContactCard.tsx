import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The municipality's phone queue, urgent short number and e-mail, with seed 003's rule. */
export function ContactCard(props: {
  supportPhone: string | null;
  urgentPhone: string | null;
  supportEmail: string | null;
}) {
  const { t } = useTranslation();
  const tel = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;
  if (!props.supportPhone && !props.urgentPhone && !props.supportEmail) return null;
  return (
    <Paper
      component="section"
      withBorder
      p="sm"
      aria-labelledby="contact-it"
      data-testid="contact-card"
    >
      <Title order={2} id="contact-it" size="h3" mb="xs">
        {t('portalStart.contactTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('portalStart.contactRule')}
      </Text>
      <Stack gap={4}>
        {props.supportPhone && (
          <Anchor href={tel(props.supportPhone)} size="sm">
            {t('portalStart.supportPhone', { phone: props.supportPhone })}
          </Anchor>
        )}
        {props.urgentPhone && (
          <Anchor href={tel(props.urgentPhone)} size="sm">
            {t('portalStart.urgentPhone', { phone: props.urgentPhone })}
          </Anchor>
        )}
        {props.supportEmail && (
          <Anchor href={`mailto:${props.supportEmail}`} size="sm">
            {t('portalStart.email', { email: props.supportEmail })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
