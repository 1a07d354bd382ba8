import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import '@mantine/tiptap/styles.css';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What the server keeps of a link; anything else is dropped there anyway. */
const LINK_PROTOCOL = /^(https?:\/\/|mailto:)/i;

/** Large enough to hit with a thumb on a phone. */
const CONTROL_SIZE = 40;

/**
 * The editor of `RichTextField` (loaded on demand). Its toolbar is a row of buttons reached
 * with Tab; the arrow keys, Home and End move along it. Ctrl+B, Ctrl+I and Ctrl+K (link)
 * work in the text.
 */
export default function RichTextEditorInput({
  labelId,
  describedBy,
  invalid,
  value,
  onChange,
  minHeight,
}: {
  labelId: string;
  describedBy: string;
  invalid: boolean;
  value: string;
  onChange: (html: string) => void;
  minHeight: number;
}) {
  const { t } = useTranslation();
  const extensions = useMemo(
    () => [
      StarterKit.configure({
        link: false,
        heading: { levels: [3, 4] },
        horizontalRule: false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
        isAllowedUri: (url) => LINK_PROTOCOL.test(url),
      }),
    ],
    [],
  );
  // The editable area is a div, so it is named and described the way a textarea would be.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
    }),
    [labelId, describedBy, invalid],
  );
  const [initialContent] = useState(value);
  const editor = useEditor({
    extensions,
    editorProps,
    content: initialContent,
    immediatelyRender: true,
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });

  // The editor owns its text while the user types; only an outside change (a reset after
  // filing) is written back into it.
  useEffect(() => {
    if (!editor) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  // A click on the visible label puts the cursor in the text, as it would for a textarea.
  useEffect(() => {
    const label = document.getElementById(labelId);
    if (!label || !editor) return;
    const focus = () => editor.commands.focus();
    label.addEventListener('click', focus);
    return () => label.removeEventListener('click', focus);
  }, [editor, labelId]);

  const labels = useMemo<Partial<RichTextEditorLabels>>(
    () => ({
      boldControlLabel: t('richText.bold'),
      italicControlLabel: t('richText.italic'),
      bulletListControlLabel: t('richText.bulletList'),
      orderedListControlLabel: t('richText.orderedList'),
      linkControlLabel: t('richText.link'),
      unlinkControlLabel: t('richText.unlink'),
      linkEditorInputLabel: t('richText.linkInput'),
      linkEditorInputPlaceholder: t('richText.linkPlaceholder'),
      linkEditorSave: t('richText.linkSave'),
      linkEditorExternalLink: t('richText.linkNewTab'),
      linkEditorInternalLink: t('richText.linkNewTab'),
    }),
    [t],
  );
  const control = { minWidth: CONTROL_SIZE, minHeight: CONTROL_SIZE };

  return (
    <RichTextEditor
      editor={editor}
      labels={labels}
      styles={{
        root: invalid ? { borderColor: 'var(--mantine-color-error)' } : undefined,
        content: { minHeight },
        control,
      }}
    >
      <RichTextEditor.Toolbar
        role="toolbar"
        aria-label={t('richText.toolbar')}
        onKeyDown={moveAlongToolbar}
      >
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link
            initialExternal
            styles={{
              control,
              // Every link opens in a new tab (the server insists), so there is no choice to offer.
              linkEditorExternalControl: { display: 'none' },
            }}
          />
          <RichTextEditor.Unlink />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}

/** Left/Right (and Home/End) move the focus between the toolbar's buttons. */
function moveAlongToolbar(e: KeyboardEvent<HTMLDivElement>) {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.findIndex((b) => b === document.activeElement);
  if (at < 0) return;
  e.preventDefault();
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : (at + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]?.focus();
}
