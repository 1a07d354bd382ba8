import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

/** Every leaf key path of a message bundle, plural suffixes included. */
function keys(bundle: unknown, prefix = ''): string[] {
  if (typeof bundle !== 'object' || bundle === null) return [prefix];
  return Object.entries(bundle as Record<string, unknown>)
    .flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

const SRC = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sourceFiles(full);
    return e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx') ? [full] : [];
  });
}

/** Attributes a person reads or hears, which must come from the message sets too. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/** Language has lower-case letters; codes and examples such as "KAV-2611-0042" do not. */
const WORDS = /\p{Ll}/u;

/** Letters in JSX text or in a string literal given to a text attribute. */
function hardCodedTexts(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (n: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(n.getStart());
    return `${path.relative(SRC, file)}:${line + 1}`;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) {
      found.push(`${where(node)} ${node.text.trim()}`);
    }
    if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORDS.test(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('messages', () => {
  it('has the same keys in Swedish, Norwegian and English', () => {
    const en = keys(resources.en.translation);
    expect(keys(resources.sv.translation)).toEqual(en);
    expect(keys(resources.nb.translation)).toEqual(en);
    expect(en.length).toBeGreaterThan(500);
  });

  it('has no empty text in any language', () => {
    for (const lang of ['en', 'sv', 'nb'] as const) {
      const empty = keys(resources[lang].translation).filter((k) => {
        const value = k
          .split('.')
          .reduce<unknown>(
            (o, part) => (o as Record<string, unknown>)[part],
            resources[lang].translation,
          );
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it('shows no hard-coded text in JSX: every visible string goes through t()', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap(hardCodedTexts)).toEqual([]);
  });

  it('finds hard-coded text when there is some (the scan itself works)', () => {
    const probe = path.join(fs.mkdtempSync(path.join(SRC, '..', '.i18n-probe-')), 'Probe.tsx');
    try {
      fs.writeFileSync(
        probe,
        'export const P = () => <p aria-label="Close">Hello {name}</p>;\n' +
          'export const Q = () => <p aria-label={t("x")}>{t("y")} · 2</p>;\n',
      );
      expect(
        hardCodedTexts(probe)
          .map((s) => s.split(' ').slice(1).join(' '))
          .sort(),
      ).toEqual(['Hello', 'aria-label="Close"']);
    } finally {
      fs.rmSync(path.dirname(probe), { recursive: true, force: true });
    }
  });
});
