import {
  Alert,
  Anchor,
  Button,
  Card,
  Container,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { RichTextField, descriptionError } from '../../components/RichTextField';
import { ReportCriticalMutation, WhoToCallQuery } from './critical.graphql';
import { NoticesPanel } from './NoticesPanel';

/** The server checks these against CRITICAL_DEFINITION_CODES in @linje/shared. */
const CRITICAL_DEFINITION_CODES = [
  'DANGER_TO_LIFE_OR_HEALTH',
  'DEPARTMENT_PRODUCTION_STOP',
] as const;

/** The portal's critical page: who to call now, recording the problem, and open critical tickets. */
export function CriticalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: WhoToCallQuery, requestPolicy: 'network-only' });
  const [report, reportCritical] = useMutation(ReportCriticalMutation);
  const [definition, setDefinition] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  const who = data?.whoToCall;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await reportCritical({
      input: { title, descriptionHtml: description || null, definitionCode: definition },
    });
    const ticketId = res.data?.reportCritical.ticketId;
    if (ticketId) void navigate(`/critical/${ticketId}`);
  };

  return (
    <Container size="sm" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('critical.title')}
        </Title>
        <Text>{t('critical.intro')}</Text>
        <NoticesPanel />
        {error && <Alert color="red">{describeError(t, error)}</Alert>}
        {who && (
          <section aria-labelledby="who-to-call">
            <Title order={2} size="h3" id="who-to-call" mb="xs">
              {t('critical.whoTitle')}
            </Title>
            <Text mb="sm">{t(`critical.route${who.route}`, { phone: who.phone ?? '—' })}</Text>
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {who.phone && (
                <li>
                  <Button
                    component="a"
                    href={`tel:${who.phone.replace(/\s/g, '')}`}
                    size="lg"
                    fullWidth
                    color="red"
                  >
                    {t('critical.call', { name: who.phone })}
                  </Button>
                </li>
              )}
              {who.people.map((p) => (
                <Card component="li" withBorder padding="sm" key={p.id} data-testid="call-person">
                  <Text fw={600}>{p.displayName}</Text>
                  {p.jobTitle && (
                    <Text size="sm" c="dimmed">
                      {p.jobTitle}
                    </Text>
                  )}
                  {p.workPhone ? (
                    <Button
                      component="a"
                      href={`tel:${p.workPhone.replace(/\s/g, '')}`}
                      size="lg"
                      mt="xs"
                      fullWidth
                      // The name keeps the visible number so speech input can say what is shown.
                      aria-label={`${t('critical.call', { name: p.displayName })}, ${p.workPhone}`}
                    >
                      {p.workPhone}
                    </Button>
                  ) : (
                    <Text size="sm">{t('critical.noPhone')}</Text>
                  )}
                </Card>
              ))}
            </Stack>
          </section>
        )}
        <section aria-labelledby="report-critical">
          <Title order={2} size="h3" id="report-critical" mb="xs">
            {t('critical.reportTitle')}
          </Title>
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <Radio.Group
                label={t('critical.definitionLabel')}
                value={definition}
                onChange={setDefinition}
                required
              >
                <Stack gap="xs" mt="xs">
                  {CRITICAL_DEFINITION_CODES.map((code) => (
                    <Radio key={code} value={code} label={t(`critical.${code}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <TextInput
                label={t('critical.titleLabel')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                required
                maxLength={200}
              />
              <RichTextField
                label={t('critical.descriptionLabel')}
                value={description}
                onChange={setDescription}
                error={descriptionError(t, report.error)}
                minHeight={80}
              />
              {report.error && (
                <Alert color="red" role="alert">
                  {describeError(t, report.error)}
                </Alert>
              )}
              <Button
                type="submit"
                size="lg"
                color="red"
                loading={report.fetching}
                disabled={!definition}
              >
                {t('critical.submit')}
              </Button>
            </Stack>
          </form>
        </section>
        <section aria-labelledby="open-critical">
          <Title order={2} size="h3" id="open-critical" mb="xs">
            {t('critical.openTitle')}
          </Title>
          {data?.openCriticalCases.length === 0 && <Text>{t('critical.noOpen')}</Text>}
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data?.openCriticalCases.map((c) => (
              <li key={c.id}>
                <Anchor component={Link} to={`/critical/${c.ticketId}`} size="lg" fw={600}>
                  {c.number} — {c.title}
                </Anchor>
              </li>
            ))}
          </Stack>
        </section>
      </Stack>
    </Container>
  );
}
