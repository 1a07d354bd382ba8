import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { SLA_BADGE } from './sla-badge';

function hex(colour: string): string {
  if (colour === 'white') return DEFAULT_THEME.white;
  const [name, shade] = colour.split('.');
  const palette = DEFAULT_THEME.colors[name as keyof typeof DEFAULT_THEME.colors];
  const value = palette?.[Number(shade)];
  if (!value) throw new Error(`unknown colour ${colour}`);
  return value;
}

function luminance(colour: string): number {
  const raw = hex(colour).replace('#', '');
  const h = raw.length === 3 ? [...raw].map((d) => d + d).join('') : raw;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('SLA badge colours', () => {
  it.each(Object.entries(SLA_BADGE))('%s meets WCAG AA for small text', (_state, c) => {
    expect(contrast(c.background, c.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('would have failed with the old white on yellow.9', () => {
    expect(contrast('yellow.9', 'white')).toBeLessThan(4.5);
  });
});
