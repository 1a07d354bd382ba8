import { describe, expect, it } from 'vitest';
import { cleanFileName, sniffContentType } from './sniff.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffContentType', () => {
  it('recognises images, PDF and Office files from their bytes', () => {
    expect(sniffContentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'x')).toBe(
      'image/png',
    );
    expect(sniffContentType(bytes(0xff, 0xd8, 0xff, 0xe0), 'photo.png')).toBe('image/jpeg');
    expect(sniffContentType(new TextEncoder().encode('%PDF-1.7\n'), 'a.txt')).toBe(
      'application/pdf',
    );
    expect(sniffContentType(bytes(0x50, 0x4b, 0x03, 0x04), 'report.DOCX')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffContentType(bytes(0x50, 0x4b, 0x03, 0x04), 'logs.zip')).toBe('application/zip');
  });

  it('treats clean UTF-8 as plain text, HTML included (it is served as text)', () => {
    expect(sniffContentType(new TextEncoder().encode('Fel på skrivaren\n'), 'log.txt')).toBe(
      'text/plain',
    );
    expect(sniffContentType(new TextEncoder().encode('<script>alert(1)</script>'), 'x.html')).toBe(
      'text/plain',
    );
  });

  it('refuses executables and other binaries whatever their name', () => {
    expect(sniffContentType(bytes(0x4d, 0x5a, 0x90, 0x00), 'photo.jpg')).toBeNull();
    expect(sniffContentType(bytes(0x7f, 0x45, 0x4c, 0x46), 'notes.txt')).toBeNull();
    expect(sniffContentType(bytes(), 'empty.txt')).toBeNull();
  });
});

describe('cleanFileName', () => {
  it('drops paths, control and direction-override characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\x\\bild.png')).toBe('bild.png');
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('a\u0000b.txt')).toBe('ab.txt');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('<img src=x onerror=alert(1)>.png')).toBe(
      '<img src=x onerror=alert(1)>.png',
    );
  });
});
