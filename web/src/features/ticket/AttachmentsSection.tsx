import { Alert, Anchor, FileButton, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment } from './upload';

export const DEFAULT_MAX_MB = 10;

export function AttachmentsSection(props: {
  ticketId: string;
  attachments: { id: string; fileName: string; size: number; url: string }[];
  onUploaded: () => void;
  maxMb?: number;
}) {
  const { t, i18n } = useTranslation();
  const kilobytes = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mb = props.maxMb ?? DEFAULT_MAX_MB;

  async function upload(file: File | null) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    const code = await uploadAttachment(props.ticketId, file);
    setBusy(false);
    if (code) {
      const known = ['PAYLOAD_TOO_LARGE', 'BAD_USER_INPUT', 'NOT_FOUND'].includes(code)
        ? code
        : 'generic';
      setProblem(t('ticket.uploadFailed', { reason: t(`ticket.uploadErrors.${known}`, { mb }) }));
    } else {
      props.onUploaded();
    }
  }

  return (
    <section aria-labelledby="attachments-title">
      <Title order={2} size="h4" id="attachments-title" mb="xs">
        {t('ticket.attachments')}
      </Title>
      {/* A list holds only its items (an empty note inside it is an accessibility error). */}
      {props.attachments.length === 0 && <Text c="dimmed">{t('ticket.noAttachments')}</Text>}
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.attachments.map((a) => (
          <li key={a.id}>
            <Anchor href={`${a.url}?download`} style={{ overflowWrap: 'anywhere' }}>
              {a.fileName}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              ({kilobytes.format(Math.max(1, Math.round(a.size / 1024)))})
            </Text>
          </li>
        ))}
      </Stack>
      {problem && (
        <Alert color="red" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      <Group mt="xs">
        <FileButton onChange={(f) => void upload(f)}>
          {(p) => (
            <Button {...p} variant="light" loading={busy}>
              {t('ticket.addAttachment')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('ticket.addAttachmentHint', { mb })}
        </Text>
      </Group>
    </section>
  );
}
