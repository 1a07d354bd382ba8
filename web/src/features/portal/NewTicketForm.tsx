import { Alert, Button, FileInput, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { ImpactUrgencyFields } from '../../components/ImpactUrgencyFields';
import { AssetTagField } from '../assets/AssetTagField';
import { RichTextField, descriptionError } from '../../components/RichTextField';
import type { Impact, Urgency } from '../../gql/graphql';
import { uploadAttachment } from '../ticket/upload';
import { KnowledgeSuggestions } from '../knowledge/KnowledgeSuggestions';
import {
  CreateTicketMutation,
  PeopleToFileForQuery,
  TicketCategoriesQuery,
} from './portal.graphql';

const TITLE_MAX = 200;

/** Guided filing: category first, then what happened, how many are affected, and a file. */
export function NewTicketForm({
  onCreated,
}: {
  onCreated: (number: string, uploadFailed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [{ data: catalogue }] = useQuery({ query: TicketCategoriesQuery });
  const [{ data: reports }] = useQuery({ query: PeopleToFileForQuery });
  const people = reports?.peopleToFileFor ?? [];
  const [subjectId, setSubjectId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [subcategoryId, setSubcategoryId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [impact, setImpact] = useState<Impact>('PERSON');
  const [urgency, setUrgency] = useState<Urgency>('MEDIUM');
  const [file, setFile] = useState<File | null>(null);
  const [assetTag, setAssetTag] = useState('');
  const [assetId, setAssetId] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [result, create] = useMutation(CreateTicketMutation);
  const maxBytes = catalogue?.attachmentMaxBytes ?? 10 * 1024 * 1024;
  const mb = Math.round(maxBytes / 1024 / 1024);

  const categories = catalogue?.ticketCategories;
  const parents = useMemo(() => (categories ?? []).filter((c) => !c.parentId), [categories]);
  const children = useMemo(
    () => (categories ?? []).filter((c) => c.parentId === categoryId),
    [categories, categoryId],
  );

  function chooseFile(f: File | null) {
    setFile(f);
    setFileError(f && f.size > maxBytes ? t('portal.fileTooLarge', { mb }) : null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return setTitleError(t('errors.fields.title.EMPTY'));
    if ([...trimmed].length > TITLE_MAX) {
      return setTitleError(t('errors.fields.title.TOO_LONG', { max: TITLE_MAX }));
    }
    if (fileError) return;
    setTitleError(null);
    const res = await create(
      {
        input: {
          title: trimmed,
          descriptionHtml: description || null,
          categoryId: subcategoryId || categoryId || null,
          impact,
          urgency,
          subjectId: subjectId || null,
          assetId,
        },
      },
      { additionalTypenames: ['Ticket'] },
    );
    if (!res.data) return;
    let uploadFailed = false;
    if (file) {
      setUploading(true);
      uploadFailed = (await uploadAttachment(res.data.createTicket.id, file)) !== null;
      setUploading(false);
    }
    setTitle('');
    setDescription('');
    setFile(null);
    setCategoryId('');
    setSubcategoryId('');
    setSubjectId('');
    setAssetTag('');
    onCreated(res.data.createTicket.number, uploadFailed);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('portal.newTicketTitle')}>
      <Stack>
        {result.error && (
          <Alert color="red" role="alert">
            {describeError(t, result.error)}
          </Alert>
        )}
        {people.length > 0 && (
          <NativeSelect
            label={t('portal.forWhomLabel')}
            description={t('portal.forWhomHint')}
            value={subjectId}
            onChange={(e) => setSubjectId(e.currentTarget.value)}
            data={[
              { value: '', label: t('portal.forMyself') },
              ...people.map((p) => ({
                value: p.id,
                label: p.jobTitle ? `${p.displayName} (${p.jobTitle})` : p.displayName,
              })),
            ]}
          />
        )}
        <NativeSelect
          label={t('portal.categoryLabel')}
          description={t('portal.categoryHint')}
          value={categoryId}
          onChange={(e) => {
            setCategoryId(e.currentTarget.value);
            setSubcategoryId('');
          }}
          data={[
            { value: '', label: t('portal.chooseCategory') },
            ...parents.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        {children.length > 0 && (
          <NativeSelect
            label={t('portal.subcategoryLabel')}
            value={subcategoryId}
            onChange={(e) => setSubcategoryId(e.currentTarget.value)}
            data={[
              { value: '', label: t('portal.anySubcategory') },
              ...children.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        )}
        <TextInput
          label={t('portal.titleLabel')}
          description={t('portal.titleHint')}
          required
          maxLength={TITLE_MAX}
          value={title}
          error={titleError}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <KnowledgeSuggestions title={title} />
        <RichTextField
          label={t('portal.descriptionLabel')}
          description={t('portal.descriptionHint')}
          value={description}
          onChange={setDescription}
          error={descriptionError(t, result.error)}
        />
        <ImpactUrgencyFields
          impact={impact}
          urgency={urgency}
          onImpactChange={setImpact}
          onUrgencyChange={setUrgency}
        />
        <AssetTagField value={assetTag} onChange={setAssetTag} onAsset={setAssetId} />
        <FileInput
          label={t('portal.fileLabel')}
          description={t('portal.fileHint', { mb })}
          value={file}
          onChange={chooseFile}
          error={fileError}
          clearable
        />
        <Button type="submit" size="md" loading={result.fetching || uploading}>
          {t('portal.submit')}
        </Button>
      </Stack>
    </form>
  );
}
