import { Input, Loader, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { fieldProblems } from '../app/errors';

// The editor (ProseMirror and its toolbar) is a fifth of the app's size; it loads when a
// form with a description is first shown.
const RichTextEditorInput = lazy(() => import('./RichTextEditorInput'));

/**
 * The description of a ticket in rich text: bold, italic, lists and links, with a visible
 * label, an optional hint and the server's refusal below. `value` and `onChange` carry the
 * editor's HTML ('' when empty); the server sanitises whatever arrives.
 */
export function RichTextField({
  label,
  description,
  value,
  onChange,
  error,
  minHeight = 120,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
  error?: string | null;
  minHeight?: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Stack gap={4}>
      <Input.Label id={labelId}>{label}</Input.Label>
      {description && <Input.Description id={descriptionId}>{description}</Input.Description>}
      <Suspense fallback={<Loader size="sm" role="status" aria-label={t('app.loading')} />}>
        <RichTextEditorInput
          labelId={labelId}
          describedBy={describedBy}
          invalid={!!error}
          value={value}
          onChange={onChange}
          minHeight={minHeight}
        />
      </Suspense>
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
    </Stack>
  );
}

/** The translated reason the server refused a description, if it did. */
export function descriptionError(t: TFunction, error: CombinedError | undefined): string | null {
  for (const p of fieldProblems(error)) {
    if (p.field === 'descriptionHtml' && p.code === 'TOO_LONG') return t('richText.htmlTooLong');
    if (p.field === 'description' && p.code === 'TOO_LONG') {
      return t('richText.tooLong', { max: p.params?.['max'] });
    }
  }
  return null;
}
