import { Alert, Anchor, Button, Container, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  CatalogItemsQuery,
  CatalogSubjectsQuery,
  PlaceCatalogOrderMutation,
} from './catalog.graphql';
import { formErrors } from './errors';
import { FormFields, useLocalised, type FormValues } from './FormFields';
import { useSigning } from './Signing';

/** Orders one catalog item: its form, whom it is for (managers), and the signature. */
export function OrderFormPage() {
  const { itemId } = useParams();
  const { t } = useTranslation();
  const l = useLocalised();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: CatalogItemsQuery });
  const [placed, place] = useMutation(PlaceCatalogOrderMutation);
  const [values, setValues] = useState<FormValues>({});
  const [subjectId, setSubjectId] = useState('');
  const signing = useSigning();
  const item = data?.catalogItems.find((i) => i.id === itemId);
  // A sensitive decision may name more people (an HR chief: anyone of the municipality).
  const [{ data: subjects }] = useQuery({
    query: CatalogSubjectsQuery,
    variables: { itemId: itemId ?? '' },
    pause: !item?.confidential,
  });
  const people = (item?.confidential ? subjects?.catalogSubjects : data?.peopleToFileFor) ?? [];
  const errors = formErrors(t, placed.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!item) return;
    const input = {
      itemId: item.id,
      subjectId: subjectId || null,
      valuesJson: JSON.stringify(values),
    };
    const result = item.signatureRequired
      ? await signing.sign((signature) => place({ input: { ...input, signature } }))
      : await place({ input: { ...input, signature: null } });
    const id = result?.data?.placeCatalogOrder.id;
    if (id) void navigate(`/catalog/orders/${id}`);
  };

  if (!item) return null;
  return (
    <Container size="sm" px="sm">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Anchor component={Link} to="/catalog" size="sm">
            {t('catalog.back')}
          </Anchor>
          <Title order={1} size="h2">
            {l(item.name)}
          </Title>
          <Text size="sm">{l(item.description)}</Text>
          {item.confidential && (
            <Alert color="blue" role="note">
              {t('catalog.sensitiveNotice')}
            </Alert>
          )}
          {(people.length > 0 || item.confidential) && (
            <NativeSelect
              // A sensitive decision is always about someone else, named here.
              label={item.confidential ? t('catalog.whose') : t('catalog.for')}
              required={item.confidential}
              value={subjectId}
              onChange={(e) => setSubjectId(e.currentTarget.value)}
              error={errors['@subjectId']}
              data={[
                {
                  value: '',
                  label: item.confidential ? t('catalog.choosePerson') : t('catalog.myself'),
                },
                ...people.map((p) => ({ value: p.id, label: p.displayName })),
              ]}
            />
          )}
          <FormFields fields={item.fields} values={values} onChange={setValues} errors={errors} />
          {item.signatureRequired && signing.field(errors)}
          {placed.error && Object.keys(errors).length === 0 && (
            <Alert color="red" role="alert">
              {placed.error.graphQLErrors[0]?.message ?? t('catalog.errors.generic')}
            </Alert>
          )}
          <Button
            type="submit"
            loading={placed.fetching || signing.waiting}
            style={{ alignSelf: 'flex-start' }}
          >
            {item.signatureRequired ? t('catalog.sendSigned') : t('catalog.send')}
          </Button>
        </Stack>
      </form>
      {signing.dialog}
    </Container>
  );
}
