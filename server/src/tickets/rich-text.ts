/**
 * Ticket descriptions in rich text. The browser sends HTML from its editor; only what
 * `sanitizeRichText` lets through is ever stored or shown, and the plain text that search,
 * e-mails and notifications use is derived from that sanitised HTML.
 */
import sanitizeHtml from 'sanitize-html';
import { TICKET_DESCRIPTION_HTML_MAX_LENGTH, cleanMultiline, codePointLength } from '@linje/shared';
import type { FieldProblem } from '../common/app-error.js';

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h3',
  'h4',
  'a',
];

/** Every link opens apart from Linje and tells the target nothing about where it came from. */
const LINK_REL = 'noopener noreferrer nofollow';

/**
 * An absolute http(s) or mailto address. Checked on the decoded value, so an encoded or
 * split-up `javascript:` never matches; relative links have no meaning in a ticket.
 */
// eslint-disable-next-line no-control-regex -- refusing them is the point
const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s\u0000-\u001f\u007f-\u009f]+$/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Content of these is code, a document of its own, or fallback for it: dropped with the tag.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'xmp',
    'iframe',
    'noscript',
    'noembed',
    'noframes',
    'object',
    'template',
    'title',
    'svg',
    'math',
    'head',
  ],
  transformTags: {
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = (attribs['href'] ?? '').trim();
      // A link without a usable address is kept as its text only (span is not allowed).
      if (!SAFE_HREF.test(href)) return { tagName: 'span', attribs: {} };
      return { tagName: 'a', attribs: { href, rel: LINK_REL, target: '_blank' } };
    },
  },
};

const MAX_PASSES = 4;

/** Strips control characters and lone surrogates, normalises to NFC and trims. */
function scrub(s: string): string {
  const cleaned = cleanMultiline(s, { controlCharacters: 'STRIP' });
  // STRIP mode never refuses.
  return cleaned.ok ? cleaned.value : '';
}

/**
 * The allowlisted subset of `html`: paragraphs, line breaks, bold, italic, underline,
 * strike-through, lists, quotes, code, two heading levels and http(s)/mailto links (which
 * always get rel="noopener noreferrer nofollow" and target="_blank"). Everything else goes:
 * script, style and iframe with their content, other tags leaving their text, every other
 * attribute (event handlers, style, class) and every other URL scheme.
 */
export function sanitizeRichText(html: string): string {
  // Control characters are stripped before parsing and again after it, since entities
  // such as &#1; decode to them.
  const once = (s: string): string => scrub(sanitizeHtml(s, OPTIONS));
  let out = once(scrub(html));
  // Broken nesting (a <p> left open inside another) only settles on a second reading, and
  // what is stored must read back the same, so it is read again until it does.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const again = once(out);
    if (again === out) break;
    out = again;
  }
  return out;
}

const BLOCKS = new Set(['p', 'h3', 'h4', 'blockquote', 'pre']);
const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi;

function decodeEntities(s: string): string {
  // Sanitised output escapes exactly these four; &amp; last so "&amp;lt;" stays "&lt;".
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Plain text of sanitised HTML (the output of `sanitizeRichText`): paragraphs, headings,
 * quotes and code blocks separated by a blank line, list items on lines of their own as
 * "- " or "1. " (indented when nested), <br> a line break, other whitespace collapsed as a
 * browser would, except inside <pre>.
 */
export function richTextToPlain(sanitisedHtml: string): string {
  let out = '';
  let pendingBreaks = 0;
  let pendingPrefix = '';
  let itemStart = false;
  let preDepth = 0;
  const lists: { ordered: boolean; next: number }[] = [];

  const trimLineEnd = (): void => {
    out = out.replace(/[ ]+$/, '');
  };
  const needBreaks = (n: number): void => {
    // The first block inside a list item starts on the item's own line.
    if (itemStart) return;
    pendingBreaks = Math.max(pendingBreaks, n);
  };
  const emit = (text: string): void => {
    let t = text;
    if (preDepth === 0) {
      t = t.replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ');
      const atLineStart = out === '' || out.endsWith('\n') || pendingBreaks > 0;
      if ((atLineStart && pendingPrefix === '') || out.endsWith(' ')) t = t.replace(/^ /, '');
      if (t === '') return;
    }
    if (pendingBreaks > 0 && out !== '') {
      trimLineEnd();
      out += '\n'.repeat(pendingBreaks);
    }
    pendingBreaks = 0;
    if (pendingPrefix) {
      out += pendingPrefix;
      pendingPrefix = '';
      if (preDepth === 0) t = t.replace(/^ /, '');
    }
    itemStart = false;
    out += t;
  };

  let last = 0;
  for (const m of sanitisedHtml.matchAll(TAG)) {
    emit(decodeEntities(sanitisedHtml.slice(last, m.index)));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'br') {
      if (pendingBreaks > 0 && out !== '') out += '\n'.repeat(pendingBreaks);
      pendingBreaks = 0;
      trimLineEnd();
      out += '\n';
    } else if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: 1 });
      needBreaks(lists.length > (closing ? 0 : 1) ? 1 : 2);
    } else if (name === 'li') {
      if (closing) {
        itemStart = false;
        needBreaks(1);
      } else {
        itemStart = false;
        needBreaks(1);
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        pendingPrefix = indent + (list?.ordered ? `${list.next++}. ` : '- ');
        itemStart = true;
      }
    } else if (BLOCKS.has(name)) {
      if (name === 'pre') preDepth += closing ? -1 : 1;
      needBreaks(lists.length > 0 ? 1 : 2);
    }
  }
  emit(decodeEntities(sanitisedHtml.slice(last)));
  return out.replace(/[ ]+$/gm, '').trim();
}

/** Escapes text content the way the sanitiser writes it (quotes only matter in attributes). */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * HTML for plain text: escaped, a blank line starts a new paragraph, a single line break
 * becomes <br />. Leading and repeated spaces become no-break spaces so indentation shows.
 */
export function plainTextToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (normalised === '') return '';
  return normalised
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => {
      const lines = paragraph.split('\n').map((line) =>
        escapeText(line)
          .replace(/\t/g, '    ')
          .replace(/(^| ) /g, '$1\u00a0'),
      );
      return `<p>${lines.join('<br />')}</p>`;
    })
    .join('');
}

/**
 * A rich text description as filed: the sanitised HTML and its plain text, or a problem on
 * `descriptionHtml` when the HTML is larger than anyone writes by hand (checked before the
 * sanitiser reads it, and after, since links grow by their forced attributes).
 */
export function readRichDescription(rawHtml: string): {
  html: string;
  text: string;
  problem: FieldProblem | null;
} {
  const max = TICKET_DESCRIPTION_HTML_MAX_LENGTH;
  const tooLong = (length: number): FieldProblem => ({
    field: 'descriptionHtml',
    code: 'TOO_LONG',
    message: `must be at most ${max} characters of HTML (it has ${length})`,
    params: { max, length },
  });
  const rawLength = codePointLength(rawHtml);
  if (rawLength > max) return { html: '', text: '', problem: tooLong(rawLength) };
  const html = sanitizeRichText(rawHtml);
  const length = codePointLength(html);
  return { html, text: richTextToPlain(html), problem: length > max ? tooLong(length) : null };
}
