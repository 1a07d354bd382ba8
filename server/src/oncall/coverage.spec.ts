import { describe, expect, it } from 'vitest';
import { coversUnitChain } from './coverage.js';

describe('coversUnitChain', () => {
  it('covers everyone when no unit is listed', () => {
    expect(coversUnitChain([], [])).toBe(true);
    expect(coversUnitChain([], ['a', 'b'])).toBe(true);
  });
  it('covers a person whose unit or an ancestor is listed', () => {
    expect(coversUnitChain(['b'], ['a', 'b', 'c'])).toBe(true);
    expect(coversUnitChain(['a'], ['a'])).toBe(true);
  });
  it('does not cover people elsewhere or without a unit when units are listed', () => {
    expect(coversUnitChain(['x'], ['a', 'b'])).toBe(false);
    expect(coversUnitChain(['x'], [])).toBe(false);
  });
});
