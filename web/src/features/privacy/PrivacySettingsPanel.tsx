import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import { RichTextField } from '../../components/RichTextField';
import {
  PrivacyNoticeQuery,
  PrivacySettingsQuery,
  SetPrivacyNoticeMutation,
  SetTicketRetentionMutation,
} from './privacy.graphql';

/** The bounds the server enforces (RETENTION_MIN_YEARS / RETENTION_MAX_YEARS). */
const MIN_YEARS = 1;
const MAX_YEARS = 30;

/** Administrators: how long closed tickets keep personal data, and the privacy notice. */
export function PrivacySettingsPanel({
  tenantId,
  tenantCode,
}: {
  tenantId: string;
  tenantCode: string;
}) {
  return (
    <Stack>
      <RetentionSetting tenantId={tenantId} />
      <NoticeSetting tenantId={tenantId} tenantCode={tenantCode} />
    </Stack>
  );
}

function RetentionSetting({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PrivacySettingsQuery, variables: { tenantId } });
  const [result, save] = useMutation(SetTicketRetentionMutation);
  const [draft, setDraft] = useState<number | string | null>(null);
  const stored = data?.privacySettings.ticketRetentionYears;
  const years = draft ?? stored ?? '';
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const range = t('privacy.settings.retentionRange', { min: MIN_YEARS, max: MAX_YEARS });
  const serverRange = fieldProblems(result.error).some((p) => p.field === 'years');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const value = years === '' ? null : years;
    if (
      value !== null &&
      (typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < MIN_YEARS ||
        value > MAX_YEARS)
    ) {
      return setError(range);
    }
    setError(null);
    const res = await save({ tenantId, years: value });
    if (res.data) setSaved(true);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('privacy.settings.retentionLegend')}>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('privacy.settings.retentionLegend')}
        </Title>
        {result.error && !serverRange && (
          <Alert color="red" role="alert" mb="sm">
            {describeError(t, result.error)}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status" mb="sm">
            {t('privacy.settings.saved')}
          </Alert>
        )}
        <Group align="flex-end">
          <NumberInput
            label={t('privacy.settings.retentionLabel')}
            description={t('privacy.settings.retentionHint')}
            min={MIN_YEARS}
            max={MAX_YEARS}
            allowDecimal={false}
            clampBehavior="none"
            value={years}
            error={error ?? (serverRange ? range : null)}
            onChange={setDraft}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" loading={result.fetching}>
            {t('privacy.settings.save')}
          </Button>
        </Group>
      </Paper>
    </form>
  );
}

function NoticeSetting({ tenantId, tenantCode }: { tenantId: string; tenantCode: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: PrivacySettingsQuery, variables: { tenantId } });
  const [{ data: notice }] = useQuery({
    query: PrivacyNoticeQuery,
    variables: { tenantCode, language: i18n.language },
  });
  const [result, save] = useMutation(SetPrivacyNoticeMutation);
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const custom = data?.privacySettings.customNoticeHtml ?? null;
  // Administrators start from their own text, or from the default one.
  const html = draft ?? custom ?? notice?.privacyNotice?.html ?? '';
  const problem = fieldProblems(result.error).find((p) => p.field === 'html');
  const fieldError = problem
    ? t(
        problem.code === 'TOO_LONG'
          ? 'privacy.settings.noticeTooLong'
          : 'privacy.settings.noticeRequired',
      )
    : null;

  async function submit(value: string | null) {
    setSaved(false);
    const res = await save({ tenantId, html: value });
    if (res.data) {
      setSaved(true);
      setDraft(null);
    }
  }

  return (
    <form
      noValidate
      aria-label={t('privacy.settings.noticeLegend')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(html);
      }}
    >
      {/* A heading of its own: the notice's sections (h3) follow it in the editor. */}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('privacy.settings.noticeLegend')}
        </Title>
        <Stack>
          <Text size="sm">{t('privacy.settings.noticeHint')}</Text>
          <Text size="sm" fw={600}>
            {custom ? t('privacy.settings.usingCustom') : t('privacy.settings.usingDefault')}
          </Text>
          {result.error && !problem && (
            <Alert color="red" role="alert">
              {describeError(t, result.error)}
            </Alert>
          )}
          {saved && (
            <Alert color="green" role="status">
              {t('privacy.settings.saved')}
            </Alert>
          )}
          {(data && notice) || draft !== null ? (
            <RichTextField
              label={t('privacy.settings.noticeLabel')}
              value={html}
              onChange={setDraft}
              error={fieldError}
              minHeight={200}
            />
          ) : null}
          <Group>
            <Button type="submit" loading={result.fetching}>
              {t('privacy.settings.saveNotice')}
            </Button>
            {custom && (
              <Button variant="default" onClick={() => void submit(null)}>
                {t('privacy.settings.useDefault')}
              </Button>
            )}
            <Anchor component={Link} to={`/privacy/${encodeURIComponent(tenantCode)}`}>
              {t('privacy.settings.preview')}
            </Anchor>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
