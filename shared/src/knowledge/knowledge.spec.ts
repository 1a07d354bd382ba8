import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TAGS_MAX,
  HIGHLIGHT_END as E,
  HIGHLIGHT_START as S,
  attentionReasons,
  highlightRuns,
  normaliseTags,
  parseHighlight,
} from './knowledge.js';

describe('normaliseTags', () => {
  it('trims, lower-cases and drops empty and duplicate tags', () => {
    expect(normaliseTags([' VPN ', 'vpn', '', 'Fjärr  åtkomst'])).toEqual({
      ok: true,
      tags: ['vpn', 'fjärr åtkomst'],
    });
  });
  it('refuses too many and too long tags', () => {
    const many = Array.from({ length: ARTICLE_TAGS_MAX + 1 }, (_, i) => `t${i}`);
    expect(normaliseTags(many)).toMatchObject({ ok: false, code: 'TOO_MANY' });
    expect(normaliseTags(['x'.repeat(41)])).toMatchObject({ ok: false, code: 'TOO_LONG' });
  });
});

describe('attentionReasons', () => {
  const base = { helpfulYes: 0, helpfulNo: 0, reviewDate: null, today: '2026-12-07' };
  it('needs nothing without answers or a review date', () => {
    expect(attentionReasons(base)).toEqual([]);
  });
  it('flags a poor score and a passed or due review date', () => {
    expect(attentionReasons({ ...base, helpfulNo: 1 })).toEqual(['POOR_SCORE']);
    expect(attentionReasons({ ...base, helpfulYes: 1, helpfulNo: 1 })).toEqual([]);
    expect(attentionReasons({ ...base, reviewDate: '2026-12-07' })).toEqual(['REVIEW_DUE']);
    expect(attentionReasons({ ...base, reviewDate: '2026-12-08' })).toEqual([]);
  });
});

describe('parseHighlight', () => {
  it('turns marks into ranges over the plain text', () => {
    expect(parseHighlight(`Skrivaren ${S}papper${E}sstopp i ${S}fack${E} 2`)).toEqual({
      text: 'Skrivaren pappersstopp i fack 2',
      ranges: [
        { start: 10, length: 6 },
        { start: 25, length: 4 },
      ],
    });
  });
  it('keeps markup as text and drops unpaired marks', () => {
    const h = parseHighlight(`<script>${S}x${E}</script>${E}${S}`);
    expect(h.text).toBe('<script>x</script>');
    expect(h.ranges).toEqual([{ start: 8, length: 1 }]);
  });
  it('merges adjacent ranges', () => {
    expect(parseHighlight(`${S}ab${E}${S}cd${E}`).ranges).toEqual([{ start: 0, length: 4 }]);
  });
  it('always yields the input without marks, and runs that rebuild it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'ö', ' ', S, E, '<', '😀')), (chars) => {
        const marked = chars.join('');
        const h = parseHighlight(marked);
        expect(h.text).toBe(marked.replaceAll(S, '').replaceAll(E, ''));
        for (const r of h.ranges) {
          expect(r.length).toBeGreaterThan(0);
          expect(r.start + r.length).toBeLessThanOrEqual(h.text.length);
        }
        expect(
          highlightRuns(h)
            .map((run) => run.text)
            .join(''),
        ).toBe(h.text);
      }),
    );
  });
});
