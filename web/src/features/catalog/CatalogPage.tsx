import { Alert, Badge, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { CatalogOrderSummaryFieldsFragment } from '../../gql/graphql';
import { CatalogItemsQuery, MyCatalogOrdersQuery } from './catalog.graphql';
import { useLocalised } from './FormFields';

/** Background and text pairs chosen to meet WCAG AA contrast. */
const STATUS_COLOUR = {
  PENDING: { bg: 'yellow.4', fg: 'dark.9' },
  REJECTED: { bg: 'red.9', fg: 'white' },
  APPROVED: { bg: 'teal.9', fg: 'white' },
  COMPLETED: { bg: 'dark.7', fg: 'white' },
} as const;

export function OrderStatusBadge({ status }: { status: keyof typeof STATUS_COLOUR }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOUR[status].bg} c={STATUS_COLOUR[status].fg} variant="filled">
      {t(`catalog.status.${status}`)}
    </Badge>
  );
}

function OrderList({ orders }: { orders: readonly CatalogOrderSummaryFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const l = useLocalised();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {orders.map((o) => (
        <Card key={o.id} withBorder padding="sm" component="li">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>{l(o.item.name)}</Text>
              <Text size="sm" c="dimmed">
                {t('catalog.forPerson', { name: o.subject.displayName })} ·{' '}
                {new Date(o.createdAt as string).toLocaleDateString(i18n.language)}
              </Text>
              <OrderStatusBadge status={o.status} />
            </Stack>
            <Button
              component={Link}
              to={`/catalog/orders/${o.id}`}
              variant="light"
              size="xs"
              aria-label={t('catalog.openLabel', {
                name: l(o.item.name),
                person: o.subject.displayName,
              })}
            >
              {t('catalog.open')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** The portal's catalog: what can be ordered, the viewer's orders, and their approvals inbox. */
export function CatalogPage() {
  const { t } = useTranslation();
  const l = useLocalised();
  const [{ data: items, error }] = useQuery({ query: CatalogItemsQuery });
  const [{ data: orders }] = useQuery({
    query: MyCatalogOrdersQuery,
    requestPolicy: 'cache-and-network',
  });
  const inbox = orders?.catalogApprovalInbox ?? [];
  const sensitive = orders?.confidentialCatalogOrders ?? [];
  return (
    <Container size="sm" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('catalog.title')}
        </Title>
        {error && <Alert color="red">{error.message}</Alert>}
        {inbox.length > 0 && (
          <section aria-labelledby="catalog-inbox">
            <Title order={2} size="h3" id="catalog-inbox" mb="xs">
              {t('catalog.inbox')}
            </Title>
            <OrderList orders={inbox} />
          </section>
        )}
        {sensitive.length > 0 && (
          <section aria-labelledby="catalog-sensitive">
            <Title order={2} size="h3" id="catalog-sensitive" mb="xs">
              {t('catalog.sensitiveList')}
            </Title>
            <OrderList orders={sensitive} />
          </section>
        )}
        <section aria-labelledby="catalog-items">
          <Title order={2} size="h3" id="catalog-items" mb="xs">
            {t('catalog.items')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('catalog.intro')}
          </Text>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(items?.catalogItems ?? []).map((item) => (
              <Card key={item.id} withBorder padding="sm" component="li">
                <Stack gap={4}>
                  <Text fw={600}>{l(item.name)}</Text>
                  <Text size="sm">{l(item.description)}</Text>
                  <Group gap="xs">
                    {item.orderableBy === 'MANAGERS' && (
                      <Badge variant="outline">{t('catalog.managersOnly')}</Badge>
                    )}
                    {item.orderableBy === 'MANAGERS_AND_HR' && (
                      <Badge variant="outline">{t('catalog.managersAndHr')}</Badge>
                    )}
                    {item.confidential && <Badge variant="outline">{t('catalog.sensitive')}</Badge>}
                    {item.signatureRequired && (
                      <Badge variant="outline">{t('catalog.signed')}</Badge>
                    )}
                    {item.fulfilmentWorkingDays !== null &&
                      item.fulfilmentWorkingDays !== undefined && (
                        <Text size="xs" c="dimmed">
                          {t('catalog.withinDays', { count: item.fulfilmentWorkingDays })}
                        </Text>
                      )}
                  </Group>
                  <Button
                    component={Link}
                    to={`/catalog/new/${item.id}`}
                    size="sm"
                    style={{ alignSelf: 'flex-start' }}
                    aria-label={t('catalog.orderLabel', { name: l(item.name) })}
                  >
                    {t('catalog.order')}
                  </Button>
                </Stack>
              </Card>
            ))}
          </Stack>
        </section>
        <section aria-labelledby="catalog-mine">
          <Title order={2} size="h3" id="catalog-mine" mb="xs">
            {t('catalog.myOrders')}
          </Title>
          {(orders?.myCatalogOrders.length ?? 0) === 0 ? (
            <Text c="dimmed">{t('catalog.noOrders')}</Text>
          ) : (
            <OrderList orders={orders?.myCatalogOrders ?? []} />
          )}
        </section>
      </Stack>
    </Container>
  );
}
