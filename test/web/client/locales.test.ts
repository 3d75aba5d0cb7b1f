/** The client's pages speak Finnish, Swedish and English: the three message files have the same keys, none empty. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  expect(value, prefix).to.be.a('string').and.not.equal('');
  return [prefix];
}

const load = (lang: string) => JSON.parse(readFileSync(`web/app/src/locales/${lang}/client.json`, 'utf8')) as unknown;

describe("the client's pages in three languages", () => {
  it('Given the Finnish messages, then the Swedish and English files have exactly the same keys, each a non-empty text', () => {
    const fi = keys(load('fi')).sort();
    expect(keys(load('sv')).sort()).to.deep.equal(fi);
    expect(keys(load('en')).sort()).to.deep.equal(fi);
  });

  it('The Swedish texts are not the Finnish ones left untranslated (language names aside)', () => {
    const fi = load('fi') as { client: Record<string, unknown> };
    const sv = load('sv') as { client: Record<string, unknown> };
    const flat = (o: unknown) => keys(o).map((k) => [k, k.split('.').reduce((v: any, p) => v[p], o)] as const);
    const fiTexts = new Map(flat(fi));
    const same = flat(sv).filter(([k, v]) => fiTexts.get(k) === v && !k.includes('languageName') && !/\.kela$/.test(k));
    expect(same.map(([k]) => k)).to.deep.equal([]);
  });
});
