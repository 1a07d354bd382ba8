import { Text, TextInput } from '@mantine/core';
import { useDeferredValue, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AssetByTagQuery } from './assets.graphql';

/** What the server accepts as a tag; shorter or odd input is not looked up at all. */
const TAG = /^[A-Z0-9-]{2,40}$/;

/**
 * The portal's optional "asset tag" field: looks the typed tag up in the filer's own
 * municipality and reports the asset found (or that none was) through `onAsset`.
 */
export function AssetTagField(props: {
  value: string;
  onChange: (value: string) => void;
  onAsset: (assetId: string | null) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const tag = useDeferredValue(props.value.trim().toUpperCase());
  const valid = TAG.test(tag);
  const [{ data, fetching }] = useQuery({
    query: AssetByTagQuery,
    variables: { tag },
    pause: !valid,
  });
  const asset = valid && data?.assetByTag?.tag === tag ? data.assetByTag : null;
  const { onAsset } = props;
  useEffect(() => onAsset(asset?.id ?? null), [asset?.id, onAsset]);

  const answered = valid && !fetching && data !== undefined;
  return (
    <div>
      <TextInput
        label={t('assets.portal.label')}
        description={t('assets.portal.hint')}
        value={props.value}
        maxLength={40}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        aria-describedby={answered ? hintId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <Text id={hintId} size="sm" mt={4} role="status" c={asset ? 'teal.9' : 'dark.6'}>
        {answered &&
          (asset ? t('assets.portal.found', { name: asset.name }) : t('assets.portal.notFound'))}
      </Text>
    </div>
  );
}
