import { Alert, Anchor, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { PrivacyNoticeQuery, PrivacyNoticeTenantsQuery } from './privacy.graphql';

/**
 * A municipality's privacy notice (`/privacy/KAV`), or the list of municipalities
 * (`/privacy`). Public: the sign-in page links here, so nobody needs to sign in to read it.
 */
export function PrivacyNoticePage() {
  const { code } = useParams();
  return (
    <Container size="sm" px="sm" py="md">
      {code ? <Notice code={code} /> : <TenantList />}
    </Container>
  );
}

function Notice({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: PrivacyNoticeQuery,
    variables: { tenantCode: code, language: i18n.language },
    // The retention rule or the text may just have changed (the administrators' preview).
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) {
    return (
      <Center>
        <Loader role="status" aria-label={t('privacy.loading')} />
      </Center>
    );
  }
  const notice = data?.privacyNotice;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('privacy.title')}
      </Title>
      {/* The notice's own sections are h3 (the sanitiser's levels), under the municipality. */}
      {notice && (
        <Title order={2} size="h3">
          {notice.tenantName}
        </Title>
      )}
      {(error || (!fetching && !notice)) && (
        <Alert color="orange" role="alert">
          {t('privacy.notFound')}
        </Alert>
      )}
      {notice && <SanitisedHtml html={notice.html} />}
      {notice?.updatedAt && (
        <Text size="sm" c="dimmed">
          {t('privacy.updated', { time: time.format(new Date(notice.updatedAt)) })}
        </Text>
      )}
      <Anchor component={Link} to="/privacy">
        {t('privacy.otherTenants')}
      </Anchor>
      <Anchor component={Link} to="/">
        {t('privacy.back')}
      </Anchor>
    </Stack>
  );
}

function TenantList() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PrivacyNoticeTenantsQuery });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('privacy.listTitle')}
      </Title>
      <Text>{t('privacy.listIntro')}</Text>
      <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data?.privacyNoticeTenants.map((tenant) => (
          <li key={tenant.code}>
            <Anchor component={Link} to={`/privacy/${encodeURIComponent(tenant.code)}`}>
              {tenant.name}
            </Anchor>
          </li>
        ))}
      </Stack>
      <Anchor component={Link} to="/">
        {t('privacy.back')}
      </Anchor>
    </Stack>
  );
}
