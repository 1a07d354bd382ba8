import { describe, expect, it } from 'vitest';
import { pdfText } from './order-pdf.js';

describe('text in the signed PDF', () => {
  it('keeps Swedish, Norwegian and the punctuation of Windows-1252', () => {
    expect(pdfText('Lars Ahlström – Åre, Ærøy, Tromsø “ja” …')).toBe(
      'Lars Ahlström – Åre, Ærøy, Tromsø “ja” …',
    );
  });

  it('writes letters the standard fonts lack without their diacritic, anything else as ?', () => {
    expect(pdfText('Áŋgá Čuoppa, Đávvet Ŧ, Łódź')).toBe('Ángá Cuoppa, Dávvet T, Lódz');
    expect(pdfText('Ledig\tvecka 12 🏖')).toBe('Ledig vecka 12 ?');
  });
});
