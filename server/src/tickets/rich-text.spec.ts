import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextToHtml, richTextToPlain, sanitizeRichText } from './rich-text.js';

const REL = 'rel="noopener noreferrer nofollow" target="_blank"';
const ALLOWED = 'p br strong b em i u s ul ol li blockquote code pre h3 h4 a'.split(' ');

describe('sanitizeRichText', () => {
  it('keeps the allowed formatting as it is', () => {
    const html =
      '<h3>Printer</h3><p>It <strong>stopped</strong>, <b>again</b>, <em>twice</em>, <i>today</i>, ' +
      '<u>really</u> <s>maybe</s>.</p><ul><li><p>one</p></li><li>two</li></ul><ol><li>first</li></ol>' +
      '<blockquote><p>quoted</p></blockquote><pre><code>error 0x42</code></pre><h4>Notes</h4><p>a<br />b</p>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('removes script, style and iframe with their content', () => {
    expect(
      sanitizeRichText(
        '<p>a</p><script>alert(1)</script><style>p{color:red}</style><iframe src="https://x.test">inner</iframe><p>b</p>',
      ),
    ).toBe('<p>a</p><p>b</p>');
    expect(sanitizeRichText('<SCRIPT SRC=//evil.test/x.js></SCRIPT>ok')).toBe('ok');
    expect(sanitizeRichText('<svg><script>alert(1)</script></svg>ok')).toBe('ok');
  });

  it('drops event handlers, style and class attributes but keeps the text', () => {
    expect(sanitizeRichText('<p onclick="alert(1)" style="color:red" class="x">hi</p>')).toBe(
      '<p>hi</p>',
    );
    expect(sanitizeRichText('<img src=x onerror="alert(1)">after')).toBe('after');
    expect(sanitizeRichText('<div onmouseover=alert(1)>in a div</div>')).toBe('in a div');
    expect(sanitizeRichText('<strong onpointerenter="x()">bold</strong>')).toBe(
      '<strong>bold</strong>',
    );
  });

  it('keeps http, https and mailto links, forcing rel and target', () => {
    expect(sanitizeRichText('<a href="https://example.org/a?b=1&amp;c=2">docs</a>')).toBe(
      `<a href="https://example.org/a?b=1&amp;c=2" ${REL}>docs</a>`,
    );
    expect(sanitizeRichText('<a href="http://example.org" rel="opener" target="_self">x</a>')).toBe(
      `<a href="http://example.org" ${REL}>x</a>`,
    );
    expect(sanitizeRichText('<a href=" mailto:it@example.org ">mail</a>')).toBe(
      `<a href="mailto:it@example.org" ${REL}>mail</a>`,
    );
  });

  it('turns links with any other address into their text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      '//evil.test/x',
      '/relative',
      'https://exa mple.org',
    ]) {
      expect(sanitizeRichText(`<p><a href="${href}">click</a></p>`), href).toBe('<p>click</p>');
    }
    expect(sanitizeRichText('<a>no address</a>')).toBe('no address');
  });

  it('drops data: URLs wherever they appear', () => {
    const out = sanitizeRichText(
      '<img src="data:image/png;base64,AAAA"><p><a href="data:text/html,x">y</a></p><object data="data:x">z</object>',
    );
    expect(out).toBe('<p>y</p>');
    expect(out).not.toContain('data:');
  });

  it('escapes markup that arrives as text', () => {
    expect(sanitizeRichText('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('strips control characters, also when they come as entities', () => {
    expect(sanitizeRichText('<p>a\u0000b&#1;c\u009f</p>')).toBe('<p>abc</p>');
  });

  it('settles broken nesting so that a second pass changes nothing', () => {
    const once = sanitizeRichText('<p><scr<p><p>');
    expect(sanitizeRichText(once)).toBe(once);
  });

  it('is idempotent and never lets a script or an event handler through', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<script>',
      '</script>',
      '<scr',
      'ipt>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">',
      '<a href="https://example.org">',
      '</a>',
      '<b onclick="x">',
      '</b>',
      ' onload=',
      '<ul><li>',
      '</li></ul>',
      '<pre>',
      '</pre>',
      '<style>',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '&lt;',
      '&amp;',
      '&#60;',
      '<',
      '>',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      'x',
    );
    const input = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(input, (html) => {
        const once = sanitizeRichText(html);
        expect(sanitizeRichText(once)).toBe(once);
        expect(once.toLowerCase()).not.toContain('<script');
        // Text may say " onload=" (its < and > are escaped); no tag may carry a handler.
        expect(once).not.toMatch(/<[^>]*\son\w+\s*=/i);
        for (const [, name, attributes] of once.matchAll(/<\/?([^\s/>]+)([^>]*)>/g)) {
          expect(ALLOWED).toContain(name);
          for (const [, attribute] of (attributes ?? '').matchAll(/\s([^\s=]+)=/g)) {
            expect(name === 'a' && ['href', 'rel', 'target'].includes(attribute ?? '')).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('richTextToPlain', () => {
  it('puts blocks on lines of their own and collapses other whitespace', () => {
    expect(
      richTextToPlain(
        '<h3>Printer</h3><p>It   <strong>stopped</strong>\n working.</p><p>Line one<br />line two</p>',
      ),
    ).toBe('Printer\n\nIt stopped working.\n\nLine one\nline two');
  });

  it('writes lists as "- " and "1. " items, nested ones indented', () => {
    expect(
      richTextToPlain(
        '<p>Steps:</p><ol><li><p>Open</p></li><li><p>Close</p><ul><li>gently</li></ul></li></ol><p>Done</p>',
      ),
    ).toBe('Steps:\n\n1. Open\n2. Close\n  - gently\n\nDone');
  });

  it('keeps the text of links, code and quotes, decoding escaped characters', () => {
    expect(
      richTextToPlain(
        `<p>See <a href="https://example.org" ${REL}>the docs</a> &amp; &lt;this&gt; "now"</p>` +
          '<pre><code>a  b\n  c</code></pre><blockquote><p>said</p></blockquote>',
      ),
    ).toBe('See the docs & <this> "now"\n\na  b\n  c\n\nsaid');
  });

  it('gives nothing for an empty editor', () => {
    expect(richTextToPlain('')).toBe('');
    expect(richTextToPlain('<p></p>')).toBe('');
    expect(richTextToPlain('<p> </p><ul><li></li></ul>')).toBe('');
  });

  it('reads back what plainTextToHtml wrote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zåäö<>&"]+( [a-zåäö<>&"]+)*$/), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (lines, paragraphBreaks) => {
          const text = lines
            .map((l, i) => (i === 0 ? l : `${paragraphBreaks[i] ? '\n\n' : '\n'}${l}`))
            .join('');
          expect(richTextToPlain(sanitizeRichText(plainTextToHtml(text)))).toBe(text);
        },
      ),
    );
  });
});

describe('plainTextToHtml', () => {
  it('escapes markup and makes paragraphs and line breaks', () => {
    expect(plainTextToHtml('<img src=x onerror=alert(1)> & "q"\nnext\n\nnew para')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; &amp; "q"<br />next</p><p>new para</p>',
    );
  });

  it('keeps indentation visible and gives nothing for empty text', () => {
    expect(plainTextToHtml('  indented\r\nx  y')).toBe('<p>indented<br />x \u00a0y</p>');
    expect(plainTextToHtml('a\n  b')).toBe('<p>a<br />\u00a0 b</p>');
    expect(plainTextToHtml('')).toBe('');
    expect(plainTextToHtml(' \n\n ')).toBe('');
  });

  it('is left as it is by the sanitiser', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = plainTextToHtml(text);
        expect(sanitizeRichText(html)).toBe(html);
      }),
    );
  });
});
