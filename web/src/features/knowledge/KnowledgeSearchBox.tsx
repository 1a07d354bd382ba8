import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A search field that opens the knowledge base at `/knowledge?q=…`. */
export function KnowledgeSearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    void navigate(q ? `/knowledge?q=${encodeURIComponent(q)}` : '/knowledge');
  };
  return (
    <form role="search" onSubmit={submit}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          type="search"
          label={t('knowledge.searchLabel')}
          placeholder={t('knowledge.searchHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button type="submit">{t('knowledge.searchButton')}</Button>
      </Group>
    </form>
  );
}
