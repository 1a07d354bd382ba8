import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_SEVERITIES } from '@linje/shared';
import { describeError } from '../../app/errors';
import { RichTextField } from '../../components/RichTextField';
import type { AnnouncementFieldsFragment } from '../../gql/graphql';
import { ItAvailabilityQuery } from '../availability/availability.graphql';
import {
  EndAnnouncementMutation,
  ManageAnnouncementsQuery,
  PublishAnnouncementMutation,
  UpdateAnnouncementMutation,
} from './announcements.graphql';
import { formatWhen } from './format';

/** "2026-12-05T18:00" from a datetime-local input, as an instant in the browser's zone. */
function toIso(local: string): string {
  return new Date(local).toISOString();
}

/** An instant as a datetime-local value in the browser's zone. */
function toLocal(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

interface Form {
  kind: string;
  severity: string;
  title: string;
  body: string;
  startsAt: string;
  endsAt: string;
  incidentId: string | null;
}

const EMPTY: Form = {
  kind: 'OUTAGE',
  severity: 'WARNING',
  title: '',
  body: '',
  startsAt: '',
  endsAt: '',
  incidentId: null,
};

/** Agents publish, change and end announcements, and see how many joined an outage. */
export function AnnouncementsPage({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }, refetch] = useQuery({
    query: ManageAnnouncementsQuery,
    variables: { tenantId },
  });
  const [{ data: availability }] = useQuery({ query: ItAvailabilityQuery });
  const [published, publish] = useMutation(PublishAnnouncementMutation);
  const [updated, update] = useMutation(UpdateAnnouncementMutation);
  const [, end] = useMutation(EndAnnouncementMutation);
  const [form, setForm] = useState<Form>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [tenantIds, setTenantIds] = useState<string[]>([tenantId]);
  const tenants = data?.viewer?.tenants ?? [];
  const [done, setDone] = useState<string | null>(null);
  const timeZone = availability?.itAvailability.timeZone;
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const input = {
      kind: form.kind,
      severity: form.severity,
      title: form.title,
      body: form.body,
      startsAt: toIso(form.startsAt),
      endsAt: toIso(form.endsAt),
      incidentId: form.kind === 'OUTAGE' ? form.incidentId : null,
    };
    const res = editing
      ? await update({ id: editing, input })
      : await publish({ input: { ...input, tenantIds } });
    if (!res.error) {
      setDone(editing ? t('announcements.saved') : t('announcements.published'));
      setForm(EMPTY);
      setEditing(null);
      reload();
    }
  };
  const startEdit = (a: AnnouncementFieldsFragment) => {
    setEditing(a.id);
    setDone(null);
    setForm({
      kind: a.kind,
      severity: a.severity,
      title: a.title,
      body: a.bodyHtml,
      startsAt: toLocal(a.startsAt),
      endsAt: toLocal(a.endsAt),
      incidentId: a.incident?.id ?? null,
    });
  };
  const error = editing ? updated.error : published.error;

  return (
    <Container size="md" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('announcements.title')}
        </Title>
        {done && (
          <Alert color="green" role="status">
            {done}
          </Alert>
        )}
        <section aria-labelledby="announcements-list">
          <Title order={2} size="h3" id="announcements-list" mb="xs">
            {t('announcements.listTitle')}
          </Title>
          {data?.announcements.length === 0 && <Text>{t('announcements.none')}</Text>}
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data?.announcements.map((a) => (
              <Card
                component="li"
                withBorder
                padding="sm"
                key={a.id}
                data-testid="managed-announcement"
              >
                <Group justify="space-between" align="flex-start">
                  <div>
                    <Text fw={600}>{a.title}</Text>
                    <Text size="sm">
                      {t(`announcements.kind${a.kind}`)} ·{' '}
                      {t(`announcements.severity${a.severity}`)} ·{' '}
                      {t('announcements.window', {
                        from: formatWhen(a.startsAt, i18n.language, timeZone),
                        to: formatWhen(a.endedAt ?? a.endsAt, i18n.language, timeZone),
                      })}
                    </Text>
                    {a.incident && (
                      <Text size="sm" data-testid="affected-count">
                        {a.incident.number} ·{' '}
                        {t('announcements.affectedCount', { count: a.affectedCount })}
                      </Text>
                    )}
                  </div>
                  <Group gap="xs">
                    <Badge variant="outline" color="gray" c="var(--mantine-color-text)">
                      {t(`announcements.state${a.state}`)}
                    </Badge>
                    {a.state !== 'ENDED' && (
                      <>
                        <Button
                          variant="default"
                          size="compact-sm"
                          onClick={() => startEdit(a)}
                          aria-label={`${t('announcements.edit')}: ${a.title}`}
                        >
                          {t('announcements.edit')}
                        </Button>
                        <Button
                          variant="default"
                          size="compact-sm"
                          aria-label={`${t('announcements.end')}: ${a.title}`}
                          onClick={() =>
                            void end({ id: a.id }).then((r) => {
                              if (!r.error) {
                                setDone(t('announcements.ended'));
                                reload();
                              }
                            })
                          }
                        >
                          {t('announcements.end')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        </section>
        <Card component="section" withBorder aria-labelledby="announcement-form">
          <Title order={2} size="h3" id="announcement-form" mb="xs">
            {editing ? t('announcements.editTitle') : t('announcements.publishTitle')}
          </Title>
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <Select
                label={t('announcements.kind')}
                data={ANNOUNCEMENT_KINDS.map((k) => ({
                  value: k,
                  label: t(`announcements.kind${k}`),
                }))}
                value={form.kind}
                onChange={(v) => set('kind', v ?? 'OUTAGE')}
                allowDeselect={false}
              />
              {!editing && tenants.length > 1 && (
                <Checkbox.Group
                  label={t('announcements.tenants')}
                  value={tenantIds}
                  onChange={setTenantIds}
                >
                  <Group mt={4}>
                    {tenants.map((x) => (
                      <Checkbox key={x.id} value={x.id} label={x.name} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
              <Select
                label={t('announcements.severity')}
                data={ANNOUNCEMENT_SEVERITIES.map((s) => ({
                  value: s,
                  label: t(`announcements.severity${s}`),
                }))}
                value={form.severity}
                onChange={(v) => set('severity', v ?? 'WARNING')}
                allowDeselect={false}
              />
              <TextInput
                label={t('announcements.headline')}
                value={form.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                required
              />
              <RichTextField
                label={t('announcements.body')}
                value={form.body}
                onChange={(html) => set('body', html)}
              />
              <TextInput
                type="datetime-local"
                label={t('announcements.startsAt')}
                value={form.startsAt}
                onChange={(e) => set('startsAt', e.currentTarget.value)}
                required
              />
              <TextInput
                type="datetime-local"
                label={t('announcements.endsAt')}
                value={form.endsAt}
                onChange={(e) => set('endsAt', e.currentTarget.value)}
                required
              />
              {form.kind === 'OUTAGE' && (
                <Select
                  label={t('announcements.incident')}
                  placeholder={t('announcements.noIncident')}
                  data={(data?.openMajorIncidents ?? []).map((m) => ({
                    value: m.id,
                    label: t('announcements.incidentOption', { number: m.number, title: m.title }),
                  }))}
                  value={form.incidentId}
                  onChange={(v) => set('incidentId', v)}
                  clearable
                />
              )}
              {error && (
                <Alert color="red" role="alert">
                  {describeError(t, error)}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={published.fetching || updated.fetching}>
                  {editing ? t('announcements.save') : t('announcements.publish')}
                </Button>
                {editing && (
                  <Button
                    variant="default"
                    onClick={() => {
                      setEditing(null);
                      setForm(EMPTY);
                    }}
                  >
                    {t('announcements.cancel')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
    </Container>
  );
}
