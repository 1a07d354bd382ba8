import { Checkbox, NativeSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogItemFieldsFragment } from '../../gql/graphql';

export type FormValue = string | number | boolean;
export type FormValues = Record<string, FormValue>;
type Field = CatalogItemFieldsFragment['fields'][number];
type Localised = { sv: string; nb: string; en: string };

/** The text in the reader's language (sv, nb or en). */
export function useLocalised(): (text: Localised | null | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'sv' || i18n.language === 'nb' ? i18n.language : 'en';
  return (text) => (text ? text[lang] : '');
}

/**
 * Renders any catalog form from its definition. `locked` fields are shown read-only (a
 * correction after a rejection may change only the correctable ones).
 */
export function FormFields(props: {
  fields: readonly Field[];
  values: FormValues;
  onChange: (values: FormValues) => void;
  errors: Record<string, string>;
  locked?: (field: Field) => boolean;
}) {
  const { t } = useTranslation();
  const l = useLocalised();
  const set = (key: string, value: FormValue | null) => {
    const rest = Object.fromEntries(Object.entries(props.values).filter(([k]) => k !== key));
    props.onChange(value === null || value === '' ? rest : { ...rest, [key]: value });
  };
  return (
    <Stack gap="sm">
      {props.fields.map((field) => {
        const common = {
          label: l(field.label),
          description: field.help ? l(field.help) : undefined,
          required: field.required,
          error: props.errors[field.key],
          disabled: props.locked?.(field) ?? false,
        };
        const value = props.values[field.key];
        switch (field.type) {
          case 'DATE':
            return (
              <TextInput
                key={field.key}
                type="date"
                {...common}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => set(field.key, e.currentTarget.value)}
              />
            );
          case 'SELECT':
            return (
              <NativeSelect
                key={field.key}
                {...common}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => set(field.key, e.currentTarget.value)}
                data={[
                  { value: '', label: '—' },
                  ...field.options.map((o) => ({ value: o.value, label: l(o.label) })),
                ]}
              />
            );
          case 'NUMBER':
            return (
              <NumberInput
                key={field.key}
                {...common}
                value={typeof value === 'number' ? value : ''}
                onChange={(v) => set(field.key, typeof v === 'number' ? v : null)}
              />
            );
          case 'BOOLEAN':
            return (
              <Checkbox
                key={field.key}
                label={common.label}
                description={common.description}
                error={common.error}
                disabled={common.disabled}
                checked={value === true}
                onChange={(e) => set(field.key, e.currentTarget.checked)}
              />
            );
          case 'TEXT':
          case 'PERSON':
            return (
              <Textarea
                key={field.key}
                autosize
                minRows={1}
                {...common}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => set(field.key, e.currentTarget.value)}
              />
            );
        }
        return <span key={field.key}>{t('catalog.errors.WRONG_TYPE')}</span>;
      })}
    </Stack>
  );
}

/** A value as a person reads it: the option's label, yes/no, or the text. */
export function useShowValue(): (field: Field | undefined, value: FormValue) => string {
  const { t } = useTranslation();
  const l = useLocalised();
  return (field, value) => {
    if (typeof value === 'boolean') return value ? t('catalog.yes') : t('catalog.no');
    const option = field?.options.find((o) => o.value === value);
    return option ? l(option.label) : String(value);
  };
}
