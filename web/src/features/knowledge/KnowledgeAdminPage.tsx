import {
  Alert,
  Badge,
  VisuallyHidden,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ARTICLE_AUDIENCES, ARTICLE_LANGUAGES, ARTICLE_STATUSES } from '@linje/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { RichTextField } from '../../components/RichTextField';
import type { ArticleAudience, ArticleLanguage, ArticleStatus } from '../../gql/graphql';
import {
  ArticleDiffQuery,
  ArticleHistoryQuery,
  KnowledgeArticleQuery,
  KnowledgeArticlesQuery,
  KnowledgeTenantsQuery,
  SaveArticleMutation,
  SetArticleStatusMutation,
} from './knowledge.graphql';

type Editing = { id: string | null } | null;

/** `/knowledge/manage`: the agents' list, needs-attention list, editor and history. */
export function KnowledgeAdminPage() {
  const { t } = useTranslation();
  const [{ data: me }] = useQuery({ query: KnowledgeTenantsQuery });
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const tenants = me?.viewer?.tenants ?? [];
  const tenantId = chosen ?? me?.viewer?.tenant.id ?? null;
  const [{ data }, refetch] = useQuery({
    query: KnowledgeArticlesQuery,
    variables: { tenantId: tenantId ?? '', status: status || null, search: search || null },
    pause: !tenantId,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (!tenantId) return null;
  return (
    <Container size="lg">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('knowledge.admin.title')}
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label={t('knowledge.admin.municipality')}
            value={tenantId}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={tenants.map((x) => ({ value: x.id, label: x.name }))}
          />
          <NativeSelect
            label={t('knowledge.admin.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ArticleStatus | '')}
            data={[
              { value: '', label: t('knowledge.admin.anyStatus') },
              ...ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`knowledge.status.${s}`) })),
            ]}
          />
          <TextInput
            label={t('knowledge.admin.filter')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Button onClick={() => setEditing({ id: null })}>
            {t('knowledge.admin.newArticle')}
          </Button>
        </Group>
        {editing && (
          <ArticleEditor
            key={editing.id ?? 'new'}
            id={editing.id}
            tenantId={tenantId}
            tenants={tenants}
            onDone={() => {
              setEditing(null);
              reload();
            }}
          />
        )}
        <section aria-labelledby="kb-attention">
          <Title order={2} size="h3" id="kb-attention" mb="xs">
            {t('knowledge.admin.attention')}
          </Title>
          {(data?.articlesNeedingAttention ?? []).length === 0 ? (
            <Text>{t('knowledge.admin.noAttention')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {(data?.articlesNeedingAttention ?? []).map((i) => (
                <Card
                  component="li"
                  withBorder
                  padding="sm"
                  key={i.article.id}
                  data-testid="kb-attention"
                >
                  <Group justify="space-between">
                    <Text fw={600}>{i.article.title}</Text>
                    <Group gap="xs">
                      {i.reasons.map((r) => (
                        <Badge key={r} color="red" variant="light" className="badge-alert">
                          {t(`knowledge.admin.reasons.${r}`)}
                        </Badge>
                      ))}
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing({ id: i.article.id })}
                      >
                        {t('knowledge.admin.edit')}
                      </Button>
                    </Group>
                  </Group>
                  <Text size="sm">
                    {t('knowledge.admin.score')}: {i.article.management?.helpfulYes ?? 0} /{' '}
                    {i.article.management?.helpfulNo ?? 0}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
        </section>
        <section aria-labelledby="kb-list">
          <Title order={2} size="h3" id="kb-list" mb="xs">
            {t('knowledge.admin.articles')}
          </Title>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('knowledge.admin.titleLabel')}</Table.Th>
                  <Table.Th>{t('knowledge.admin.status')}</Table.Th>
                  <Table.Th>{t('knowledge.admin.owner')}</Table.Th>
                  <Table.Th>{t('knowledge.admin.score')}</Table.Th>
                  <Table.Th>{t('knowledge.admin.solved')}</Table.Th>
                  <Table.Th>{t('knowledge.admin.reviewDate')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('knowledge.admin.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.knowledgeArticles ?? []).map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.title}</Table.Td>
                    <Table.Td>{t(`knowledge.status.${a.status}`)}</Table.Td>
                    <Table.Td>{a.management?.ownerName}</Table.Td>
                    <Table.Td>
                      {a.management?.helpfulYes ?? 0} / {a.management?.helpfulNo ?? 0}
                    </Table.Td>
                    <Table.Td>{a.management?.deflectionTotal ?? 0}</Table.Td>
                    <Table.Td>{a.reviewDate}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`${t('knowledge.admin.edit')}: ${a.title}`}
                        onClick={() => setEditing({ id: a.id })}
                      >
                        {t('knowledge.admin.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      </Stack>
    </Container>
  );
}

function fieldError(
  t: (k: string, o?: Record<string, unknown>) => string,
  error: CombinedError | undefined,
  field: string,
) {
  const problems = (error?.graphQLErrors[0]?.extensions?.['fields'] ?? []) as {
    field: string;
    code: string;
    params?: Record<string, unknown>;
  }[];
  const p = problems.find((x) => x.field === field);
  return p ? t(`knowledge.errors.${field}.${p.code}`, p.params) : null;
}

function ArticleEditor(props: {
  id: string | null;
  tenantId: string;
  tenants: { id: string; name: string }[];
  onDone: () => void;
}) {
  const [{ data }] = useQuery({
    query: KnowledgeArticleQuery,
    variables: { id: props.id ?? '' },
    pause: !props.id,
    requestPolicy: 'network-only',
  });
  const a = data?.knowledgeArticle;
  if (props.id && !a) return null;
  return <EditorForm {...props} article={a ?? null} />;
}

function EditorForm(props: {
  id: string | null;
  tenantId: string;
  tenants: { id: string; name: string }[];
  onDone: () => void;
  article: {
    title: string;
    bodyHtml: string;
    category?: string | null;
    tags: string[];
    language: ArticleLanguage;
    audience: ArticleAudience;
    reviewDate?: string | null;
    version: number;
    status: ArticleStatus;
    management?: { visibleTenantIds: string[] } | null;
  } | null;
}) {
  const { t } = useTranslation();
  const a = props.article;
  const [title, setTitle] = useState(a?.title ?? '');
  const [bodyHtml, setBody] = useState(a?.bodyHtml ?? '');
  const [category, setCategory] = useState(a?.category ?? '');
  const [tags, setTags] = useState((a?.tags ?? []).join(', '));
  const [language, setLanguage] = useState<ArticleLanguage>(
    a?.language ?? ('sv' as ArticleLanguage),
  );
  const [audience, setAudience] = useState<ArticleAudience>(
    a?.audience ?? ('STAFF' as ArticleAudience),
  );
  const [reviewDate, setReviewDate] = useState(a?.reviewDate ?? '');
  const [visible, setVisible] = useState<string[]>(
    a?.management?.visibleTenantIds ?? [props.tenantId],
  );
  const [saved, save] = useMutation(SaveArticleMutation);
  const [statusResult, setStatus] = useMutation(SetArticleStatusMutation);
  const submit = async () => {
    const r = await save({
      input: {
        tenantId: props.tenantId,
        id: props.id,
        expectedVersion: a?.version ?? null,
        title,
        bodyHtml,
        category: category || null,
        tags: tags
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        language,
        audience,
        visibleTenantIds: visible,
        reviewDate: reviewDate || null,
      },
    });
    if (!r.error) props.onDone();
  };
  const change = async (status: ArticleStatus) => {
    if (!props.id) return;
    const r = await setStatus({ id: props.id, status });
    if (!r.error) props.onDone();
  };
  const err = (f: string) => fieldError(t, saved.error, f);
  return (
    <Card withBorder component="section" aria-labelledby="kb-editor">
      <Stack gap="sm">
        <Title order={2} size="h3" id="kb-editor">
          {props.id ? t('knowledge.admin.edit') : t('knowledge.admin.newArticle')}
        </Title>
        <TextInput
          label={t('knowledge.admin.titleLabel')}
          required
          value={title}
          error={err('title')}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <RichTextField
          label={t('knowledge.admin.body')}
          value={bodyHtml}
          onChange={setBody}
          error={err('bodyHtml')}
        />
        <Group grow>
          <TextInput
            label={t('knowledge.admin.category')}
            value={category}
            error={err('category')}
            onChange={(e) => setCategory(e.currentTarget.value)}
          />
          <TextInput
            label={t('knowledge.admin.tags')}
            value={tags}
            error={err('tags')}
            onChange={(e) => setTags(e.currentTarget.value)}
          />
        </Group>
        <Group grow>
          <NativeSelect
            label={t('knowledge.admin.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as ArticleLanguage)}
            data={ARTICLE_LANGUAGES.map((l) => ({ value: l, label: t(`knowledge.language.${l}`) }))}
          />
          <NativeSelect
            label={t('knowledge.admin.audience')}
            value={audience}
            onChange={(e) => setAudience(e.currentTarget.value as ArticleAudience)}
            data={ARTICLE_AUDIENCES.map((l) => ({ value: l, label: t(`knowledge.audience.${l}`) }))}
          />
          <TextInput
            label={t('knowledge.admin.reviewDate')}
            type="date"
            value={reviewDate}
            error={err('reviewDate')}
            onChange={(e) => setReviewDate(e.currentTarget.value)}
          />
        </Group>
        <Checkbox.Group
          label={t('knowledge.admin.visibleTo')}
          value={visible}
          onChange={setVisible}
          error={err('visibleTenantIds')}
        >
          <Group mt={4}>
            {props.tenants.map((x) => (
              <Checkbox key={x.id} value={x.id} label={x.name} />
            ))}
          </Group>
        </Checkbox.Group>
        {saved.error && !saved.error.graphQLErrors[0]?.extensions?.['fields'] && (
          <Alert color="red" role="alert">
            {t('knowledge.errors.generic')}
          </Alert>
        )}
        <Group>
          <Button loading={saved.fetching} onClick={() => void submit()}>
            {t('knowledge.admin.save')}
          </Button>
          {props.id && a?.status !== 'PUBLISHED' && (
            <Button
              variant="light"
              loading={statusResult.fetching}
              onClick={() => void change('PUBLISHED' as ArticleStatus)}
            >
              {t('knowledge.admin.publish')}
            </Button>
          )}
          {props.id && a?.status !== 'ARCHIVED' && (
            <Button
              variant="light"
              color="gray"
              loading={statusResult.fetching}
              onClick={() => void change('ARCHIVED' as ArticleStatus)}
            >
              {t('knowledge.admin.archive')}
            </Button>
          )}
          <Button variant="subtle" onClick={props.onDone}>
            {t('knowledge.admin.cancel')}
          </Button>
        </Group>
        {props.id && <History articleId={props.id} />}
      </Stack>
    </Card>
  );
}

function History({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({
    query: ArticleHistoryQuery,
    variables: { articleId },
    requestPolicy: 'network-only',
  });
  const [compare, setCompare] = useState<number | null>(null);
  const versions = data?.articleVersions ?? [];
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('knowledge.admin.history')}
      </Title>
      <Stack gap={4} component="ol" style={{ paddingLeft: 16, margin: 0 }}>
        {versions.map((v) => (
          <li key={v.number}>
            <Group gap="xs">
              <Text size="sm">
                {t('knowledge.admin.version', { number: v.number, name: v.savedByName })} ·{' '}
                {new Date(v.savedAt).toLocaleString(i18n.language)}
              </Text>
              {v.number > 1 && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-pressed={compare === v.number}
                  onClick={() => setCompare(compare === v.number ? null : v.number)}
                >
                  {t('knowledge.admin.compare')}
                </Button>
              )}
            </Group>
            {compare === v.number && <Diff articleId={articleId} to={v.number} />}
          </li>
        ))}
      </Stack>
      <Title order={3} size="h4">
        {t('knowledge.admin.feedback')}
      </Title>
      <Stack gap={4} component="ul" style={{ paddingLeft: 16, margin: 0 }}>
        {(data?.articleFeedback ?? []).map((f) => (
          <li key={f.id}>
            <Text size="sm">
              {f.helpful ? t('knowledge.yes') : t('knowledge.no')}
              {f.comment ? `: ${f.comment}` : ''}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function Diff({ articleId, to }: { articleId: string; to: number }) {
  const [{ data }] = useQuery({
    query: ArticleDiffQuery,
    variables: { articleId, from: to - 1, to },
  });
  const d = data?.articleDiff;
  if (!d) return null;
  const render = (parts: { value: string; added: boolean; removed: boolean }[]) =>
    parts.map((p, i) =>
      p.added ? (
        <ins key={i}>{p.value}</ins>
      ) : p.removed ? (
        <del key={i}>{p.value}</del>
      ) : (
        <span key={i}>{p.value}</span>
      ),
    );
  return (
    <Card withBorder padding="xs" mt={4} data-testid="kb-diff">
      <Text fw={600}>{render(d.title)}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {render(d.body)}
      </Text>
    </Card>
  );
}
