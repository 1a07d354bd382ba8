import { describe, expect, it } from 'vitest';
import { validateAssetTag } from './asset-tag.js';

describe('asset tags', () => {
  it('upper-cases and trims what was typed from the sticker', () => {
    expect(validateAssetTag('  kav-pc-01234 ')).toEqual({ ok: true, tag: 'KAV-PC-01234' });
  });

  it('refuses tags that are too short, too long or have other characters', () => {
    for (const raw of ['K', 'x'.repeat(41), 'KAV PC', 'KAV_PC', 'KÄV-1', '']) {
      expect(validateAssetTag(raw)).toEqual({ ok: false, code: 'INVALID' });
    }
    expect(validateAssetTag('x'.repeat(40)).ok).toBe(true);
  });
});
