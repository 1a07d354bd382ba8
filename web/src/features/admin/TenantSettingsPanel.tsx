import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import { TenantSettingsQuery, UpdateTenantSettingsMutation } from './admin.graphql';

interface Form {
  urgentPhone: string;
  supportPhone: string;
  supportEmail: string;
  mailboxAddress: string;
  usernameScheme: string;
  minLength: number;
  requiredClasses: number;
  forbiddenCharacters: string;
  forbidNameParts: boolean;
  maxAgeDays: number | null;
  historyCount: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  expiryReminderDays: number | null;
  remoteAccessOrderedByManager: boolean;
  internationalCallsNeedApproval: boolean;
}

function num(v: string | number): number {
  return typeof v === 'number' ? v : Number.parseInt(v, 10) || 0;
}

export function TenantSettingsPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: TenantSettingsQuery, variables: { tenantId } });
  if (error) {
    return (
      <Alert color="red" role="alert">
        {describeError(t, error)}
      </Alert>
    );
  }
  const s = data?.tenantSettings;
  if (!s) return null;
  const initial: Form = {
    urgentPhone: s.urgentPhone ?? '',
    supportPhone: s.supportPhone ?? '',
    supportEmail: s.supportEmail ?? '',
    mailboxAddress: s.mailboxAddress ?? '',
    usernameScheme: s.usernameScheme,
    ...s.passwordPolicy,
    ...s.featureRules,
  };
  return <SettingsForm key={tenantId} tenantId={tenantId} initial={initial} />;
}

function SettingsForm({ tenantId, initial }: { tenantId: string; initial: Form }) {
  const { t } = useTranslation();
  const [result, update] = useMutation(UpdateTenantSettingsMutation);
  const [form, setForm] = useState<Form>(initial);
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setSaved(false);
    setForm({ ...form, [key]: value });
  };
  const problems = fieldProblems(result.error);
  const problemFor = (field: string) =>
    problems.find((p) => p.field === field || p.field === `passwordPolicy.${field}`)?.code;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await update({
      tenantId,
      input: {
        urgentPhone: form.urgentPhone,
        supportPhone: form.supportPhone,
        supportEmail: form.supportEmail,
        mailboxAddress: form.mailboxAddress,
        usernameScheme: form.usernameScheme,
        remoteAccessOrderedByManager: form.remoteAccessOrderedByManager,
        internationalCallsNeedApproval: form.internationalCallsNeedApproval,
        passwordPolicy: {
          minLength: form.minLength,
          requiredClasses: form.requiredClasses,
          forbiddenCharacters: form.forbiddenCharacters,
          forbidNameParts: form.forbidNameParts,
          maxAgeDays: form.maxAgeDays,
          historyCount: form.historyCount,
          lockoutThreshold: form.lockoutThreshold,
          lockoutMinutes: form.lockoutMinutes,
          expiryReminderDays: form.expiryReminderDays,
        },
      },
    });
    if (!res.error) setSaved(true);
  }

  const numberField = (key: keyof Form & string, label: string, nullable = false) => (
    <NumberInput
      label={label}
      value={(form[key] as number | null) ?? ''}
      min={0}
      allowDecimal={false}
      error={problemFor(key)}
      onChange={(v) => set(key, (v === '' && nullable ? null : num(v)) as never)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {result.error && (
          <Alert color="red" role="alert">
            {describeError(t, result.error)}{' '}
            {problems.map((p) => `${p.field}: ${p.code}`).join(', ')}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status">
            {t('admin.saved')}
          </Alert>
        )}
        <Fieldset legend={t('admin.settings.phones')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('admin.settings.urgentPhone')}
              value={form.urgentPhone}
              error={problemFor('urgentPhone')}
              onChange={(e) => set('urgentPhone', e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.settings.supportPhone')}
              value={form.supportPhone}
              error={problemFor('supportPhone')}
              onChange={(e) => set('supportPhone', e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.settings.supportEmail')}
              value={form.supportEmail}
              error={problemFor('supportEmail')}
              onChange={(e) => set('supportEmail', e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.settings.mailboxAddress')}
              description={t('admin.settings.mailboxAddressHint')}
              value={form.mailboxAddress}
              error={problemFor('mailboxAddress')}
              onChange={(e) => set('mailboxAddress', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admin.settings.policy')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {numberField('minLength', t('admin.settings.minLength'))}
            {numberField('requiredClasses', t('admin.settings.requiredClasses'))}
            <TextInput
              label={t('admin.settings.forbiddenCharacters')}
              value={form.forbiddenCharacters}
              onChange={(e) => set('forbiddenCharacters', e.currentTarget.value)}
            />
            {numberField('maxAgeDays', t('admin.settings.maxAgeDays'), true)}
            {numberField('historyCount', t('admin.settings.historyCount'))}
            {numberField('lockoutThreshold', t('admin.settings.lockoutThreshold'))}
            {numberField('lockoutMinutes', t('admin.settings.lockoutMinutes'))}
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label={t('admin.settings.forbidNameParts')}
            checked={form.forbidNameParts}
            onChange={(e) => set('forbidNameParts', e.currentTarget.checked)}
          />
          <Select
            mt="sm"
            label={t('admin.settings.usernameScheme')}
            value={form.usernameScheme}
            allowDeselect={false}
            onChange={(v) => v && set('usernameScheme', v)}
            data={['SURNAME2_GIVEN_FIRSTLAST_YYDD', 'GIVEN_DOT_SURNAME'].map((k) => ({
              value: k,
              label: t(`admin.settings.schemes.${k}`),
            }))}
          />
        </Fieldset>
        <Fieldset legend={t('admin.settings.rules')}>
          <Stack gap="xs">
            <Checkbox
              label={t('admin.settings.remoteAccessOrderedByManager')}
              checked={form.remoteAccessOrderedByManager}
              onChange={(e) => set('remoteAccessOrderedByManager', e.currentTarget.checked)}
            />
            <Checkbox
              label={t('admin.settings.internationalCallsNeedApproval')}
              checked={form.internationalCallsNeedApproval}
              onChange={(e) => set('internationalCallsNeedApproval', e.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={result.fetching} style={{ alignSelf: 'flex-start' }}>
          {t('admin.save')}
        </Button>
      </Stack>
    </form>
  );
}
