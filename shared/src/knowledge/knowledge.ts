/**
 * Knowledge base rules shared by server and web: what an article can be, when it needs an
 * agent's attention, and how search highlights travel safely (text plus match ranges,
 * never markup).
 */

export const ARTICLE_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

export const ARTICLE_AUDIENCES = ['STAFF', 'AGENTS'] as const;
export type ArticleAudience = (typeof ARTICLE_AUDIENCES)[number];

export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_TITLE_MAX = 200;
export const ARTICLE_CATEGORY_MAX = 80;
export const ARTICLE_TAG_MAX = 40;
export const ARTICLE_TAGS_MAX = 12;
export const ARTICLE_FEEDBACK_COMMENT_MAX = 1000;

/** At least this many answers before a score counts as poor. */
export const POOR_SCORE_MIN_ANSWERS = 1;
/** Below this share of "yes" the article needs attention. */
export const POOR_SCORE_THRESHOLD = 0.5;

export type TagsResult =
  | { ok: true; tags: string[] }
  | { ok: false; code: 'TOO_MANY' | 'TOO_LONG'; params: Record<string, number> };

/**
 * Tags as typed: trimmed, lower-cased, inner whitespace collapsed, empty ones and
 * duplicates dropped (first spelling kept in order).
 */
export function normaliseTags(raw: readonly string[]): TagsResult {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const t of raw) {
    const tag = t.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    if (tag === '' || seen.has(tag)) continue;
    if ([...tag].length > ARTICLE_TAG_MAX) {
      return { ok: false, code: 'TOO_LONG', params: { max: ARTICLE_TAG_MAX } };
    }
    seen.add(tag);
    tags.push(tag);
  }
  if (tags.length > ARTICLE_TAGS_MAX) {
    return { ok: false, code: 'TOO_MANY', params: { max: ARTICLE_TAGS_MAX } };
  }
  return { ok: true, tags };
}

export type AttentionReason = 'POOR_SCORE' | 'REVIEW_DUE';

/**
 * Why an article needs attention: a poor share of "yes" answers, or a review date
 * (YYYY-MM-DD) on or before today (YYYY-MM-DD in the owning tenant's zone).
 */
export function attentionReasons(input: {
  helpfulYes: number;
  helpfulNo: number;
  reviewDate: string | null;
  today: string;
}): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const answers = input.helpfulYes + input.helpfulNo;
  if (answers >= POOR_SCORE_MIN_ANSWERS && input.helpfulYes / answers < POOR_SCORE_THRESHOLD) {
    reasons.push('POOR_SCORE');
  }
  if (input.reviewDate !== null && input.reviewDate <= input.today) reasons.push('REVIEW_DUE');
  return reasons;
}

/** Marks the search engines put around a match; content never holds control characters. */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_END = '\u0002';

export interface HighlightRange {
  /** Offset in UTF-16 code units of the plain text. */
  start: number;
  length: number;
}

export interface HighlightedText {
  text: string;
  ranges: HighlightRange[];
}

/**
 * Text with the engine's start/end marks turned into plain text and match ranges, so the
 * browser renders the matches as elements of its own and no markup ever travels. Unpaired
 * marks are dropped; adjacent ranges are merged.
 */
export function parseHighlight(marked: string): HighlightedText {
  let text = '';
  const ranges: HighlightRange[] = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) {
      if (open === null) open = text.length;
    } else if (ch === HIGHLIGHT_END) {
      if (open !== null && text.length > open) {
        const last = ranges[ranges.length - 1];
        if (last && last.start + last.length === open) last.length += text.length - open;
        else ranges.push({ start: open, length: text.length - open });
      }
      open = null;
    } else {
      text += ch;
    }
  }
  return { text, ranges };
}

/** Splits highlighted text into runs for rendering: each run is matched or not. */
export function highlightRuns(h: HighlightedText): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const r of [...h.ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.start + r.length, h.text.length);
    if (end <= start) continue;
    if (start > at) runs.push({ text: h.text.slice(at, start), match: false });
    runs.push({ text: h.text.slice(start, end), match: true });
    at = end;
  }
  if (at < h.text.length) runs.push({ text: h.text.slice(at), match: false });
  return runs;
}
