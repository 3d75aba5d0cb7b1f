import { expect } from 'chai';
import { getForm, getLocalizedForm, listFormKeys } from '../../forms/index.js';

describe('English titles (forms/localizeForm.ts)', () => {
  it('Given every form, When asked in English, Then the form title and every top-level field title are English', () => {
    for (const key of listFormKeys()) {
      const fi = getForm(key)!.schema as { title: string; properties: Record<string, { title: string }> };
      const en = getLocalizedForm(key, 'en')!.schema as typeof fi;
      expect(en.title, key).to.not.equal(fi.title);
      for (const field of Object.keys(fi.properties))
        expect(en.properties[field]!.title, `${key}/${field}`).to.not.equal(fi.properties[field]!.title);
    }
  });

  it('Given the English form was asked for, When the Finnish form is asked for next, Then it is still Finnish (copies, not the catalogue)', () => {
    getLocalizedForm('route-choice', 'en');
    expect((getForm('route-choice')!.schema as { title: string }).title).to.equal('Reitin valinta');
    expect((getLocalizedForm('route-choice', 'fi')!.schema as { title: string }).title).to.equal('Reitin valinta');
    expect(getLocalizedForm('__proto__', 'en')).to.equal(undefined);
  });
});
