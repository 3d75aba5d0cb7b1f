/**
 * Feature: prefill from earlier forms and the account (forms/prefill.ts, forms/prefill/*.json).
 * Every declared field exists in both forms with the same type; empty fields are filled from the
 * newest earlier form, what the worker already has stays.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { getForm } from '../../forms/index.js';
import { prefill, type PrefillMapping } from '../../forms/prefill.js';

const DIR = new URL('../../forms/prefill/', import.meta.url);
const mappings = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ formKey: f.slice(0, -5), mapping: JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as PrefillMapping }));

type Node = { type?: string; properties?: Record<string, Node>; items?: Node };
/** The schema of the field at a JSON pointer, or undefined. */
function fieldAt(schema: Node, pointer: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const key of pointer.split('/').slice(1)) node = node?.properties?.[key];
  return node;
}

describe('prefill declarations and prefill()', () => {
  for (const { formKey, mapping } of mappings) {
    it(`Given forms/prefill/${formKey}.json, Then every field it fills exists with the type of its source`, () => {
      const target = getForm(formKey)?.schema as Node;
      expect(target, formKey).to.be.an('object');
      for (const { form, fields } of mapping.fromForms ?? []) {
        const source = getForm(form)?.schema as Node;
        expect(source, form).to.be.an('object');
        for (const [to, from] of Object.entries(fields)) {
          expect(fieldAt(target, to), `${formKey}${to}`).to.be.an('object');
          expect(fieldAt(source, from), `${form}${from}`).to.be.an('object');
          expect(fieldAt(target, to)!.type, `${formKey}${to} ← ${form}${from}`).to.equal(fieldAt(source, from)!.type);
        }
      }
      for (const to of Object.keys(mapping.fromAccount ?? {})) expect(fieldAt(target, to)!.type, `${formKey}${to}`).to.equal('string');
    });
  }

  it('Given a background form and a half-typed TTS, When prefilled, Then the empty client fields come from the newest background and typed ones stay', () => {
    const mapping = mappings.find((m) => m.formKey === 'tts-referrer')!.mapping;
    const earlier = [
      { formKey: 'background', name: 'Taustatietolomake', data: { name: 'Vanha Nimi', henkilotunnus: '010101-123N' } },
      {
        formKey: 'background',
        name: 'Taustatietolomake',
        data: { name: 'Testi Henkilö', henkilotunnus: '131052-308T', address: 'Koskikatu 1' },
      },
    ];
    const { data, sources } = prefill(mapping, { client: { address: 'Oma osoite' } }, earlier, null);
    expect(data.client).to.deep.equal({ name: 'Testi Henkilö', henkilotunnus: '131052-308T', address: 'Oma osoite' });
    expect(sources).to.deep.equal({
      '/client/name': { form: 'Taustatietolomake' },
      '/client/henkilotunnus': { form: 'Taustatietolomake' },
    });
  });

  it('Given a nurse, When her health check is prefilled, Then her name comes from her account and is marked so', () => {
    const mapping = mappings.find((m) => m.formKey === 'health-check-feedback')!.mapping;
    const { data, sources } = prefill(mapping, {}, [], { displayName: 'Helmi Hoitaja', username: 'nurse' });
    expect(data).to.deep.equal({ nurseName: 'Helmi Hoitaja' });
    expect(sources).to.deep.equal({ '/nurseName': { account: true } });
  });
});
