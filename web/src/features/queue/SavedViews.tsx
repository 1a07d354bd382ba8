import { Button, Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { QueueViewsQuery as Views } from '../../gql/graphql';
import { fromSavedFilters, queueVariables, type QueueFilterValues } from './filters';
import { DeleteQueueViewMutation, QueueViewsQuery, SaveQueueViewMutation } from './queue.graphql';

/** Every filter of the queue, as a saved view keeps it. */
export type ViewFilters = QueueFilterValues;

type SavedView = Views['queueViews'][number];

/** Personal and shared saved views with their counts; choosing one applies its filters. */
export function SavedViews(props: { current: ViewFilters; onApply: (f: ViewFilters) => void }) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: QueueViewsQuery });
  const [, save] = useMutation(SaveQueueViewMutation);
  const [, remove] = useMutation(DeleteQueueViewMutation);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [saved, setSaved] = useState(false);
  const views = data?.queueViews ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  function apply(view: SavedView | undefined) {
    if (!view) return;
    props.onApply(fromSavedFilters(view.filters));
  }

  async function saveCurrent() {
    if (!name.trim()) return;
    const res = await save({
      input: { name, shared, filters: queueVariables(props.current) },
    });
    if (!res.error) {
      setName('');
      setSaved(true);
      reload();
    }
  }

  const selected = views.find((v) => v.id === chosen);
  return (
    <Group align="flex-end" mb="sm" component="section" aria-label={t('queue.savedViews')}>
      <NativeSelect
        label={t('queue.savedViews')}
        value={chosen}
        onChange={(e) => {
          setChosen(e.currentTarget.value);
          apply(views.find((v) => v.id === e.currentTarget.value));
        }}
        data={[
          { value: '', label: t('queue.chooseSavedView') },
          ...views.map((v) => ({
            value: v.id,
            label:
              t('queue.savedViewLabel', { name: v.name, count: v.count }) +
              (v.mine ? '' : ` — ${t('queue.sharedBy', { name: v.ownerName })}`),
          })),
        ]}
      />
      {selected?.mine && (
        <Button
          variant="subtle"
          color="red.9"
          onClick={() =>
            void remove({ id: selected.id }).then(() => {
              setChosen('');
              reload();
            })
          }
        >
          {t('queue.deleteView')}
        </Button>
      )}
      <TextInput
        label={t('queue.saveViewName')}
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
          setSaved(false);
        }}
        maxLength={80}
      />
      <Checkbox
        label={t('queue.saveViewShared')}
        checked={shared}
        onChange={(e) => setShared(e.currentTarget.checked)}
        mb={8}
      />
      <Button variant="light" disabled={!name.trim()} onClick={() => void saveCurrent()}>
        {t('queue.saveView')}
      </Button>
      {saved && (
        <Text size="sm" role="status" className="text-success">
          {t('queue.viewSaved')}
        </Text>
      )}
    </Group>
  );
}
