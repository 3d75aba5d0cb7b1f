import { expect } from 'chai';
import type { RJSFSchema } from '@rjsf/utils';
import { getForm } from '../../forms/index.js';
import { createFormValidator } from '../../forms/react/validator.js';
import { validExamples } from './fixtures/examples.js';

describe('the RJSF validator (forms/react/validator.ts) agrees with the server', () => {
  const validator = createFormValidator();
  const schemaOf = (key: string) => getForm(key)!.schema as RJSFSchema;

  it('Given a valid background form, When RJSF validates it, Then there are no errors', () => {
    const result = validator.validateFormData(validExamples().background, schemaOf('background'));
    expect(result.errors).to.deep.equal([]);
  });

  it('Given a wrong henkilötunnus check character, When RJSF validates, Then it reports the henkilötunnus field', () => {
    const data = { ...validExamples().background, henkilotunnus: '131052-308U' };
    const result = validator.validateFormData(data, schemaOf('background'));
    expect(result.errors.map((e) => e.property)).to.deep.equal(['.henkilotunnus']);
    expect(result.errors[0]!.message).to.contain('Henkilötunnus ei ole kelvollinen');
  });

  it('Given an e-mail in the anonymous question, When RJSF validates, Then the question fails in the browser too', () => {
    const data = { ...validExamples()['consultation-case'], question: 'kirjoita matti@example.invalid' };
    const result = validator.validateFormData(data, schemaOf('consultation-case'));
    expect(result.errors.map((e) => e.property)).to.deep.equal(['.question']);
  });

  it('Given a missing decision, When RJSF validates with the Finnish localizer, Then the message is Finnish', () => {
    const result = validator.validateFormData({}, schemaOf('route-choice'));
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]!.message).to.match(/vaaditaan|pakollinen|täytyy/);
  });
});
