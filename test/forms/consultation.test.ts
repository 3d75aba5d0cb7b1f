import { expect } from 'chai';
import { checkFormData, containsIdentifyingData } from '../../forms/index.js';

const base = () => ({ reasons: ['unsure-how-to-proceed'], question: 'Minne ohjata?', askerRole: 'case-manager' });

describe('anonymous consultation (consultation-case, consultation-outcome)', () => {
  // [what, the free text, the identifying part that must not come back]
  const identifying: [string, string, string][] = [
    ['a valid henkilötunnus', 'Asiakas 131052-308T tarvitsee apua', '131052'],
    ['a henkilötunnus-shaped code with a wrong check character', 'tunnus 131052-308U', '131052'],
    ['a temporary henkilötunnus', 'koodi 010594Y9032', '010594'],
    ['an e-mail address', 'yhteys: matti.aijala@example.invalid', 'aijala'],
    ['a mobile number with spaces', 'soita 040 123 4567', '4567'],
    ['an international number', 'puh +358401234567', '358'],
    ['a landline with a dash', 'numero 016-123 456', '016'],
  ];
  for (const [what, text, part] of identifying) {
    it(`Given a question with ${what}, When checked, Then it is rejected without echoing the text`, () => {
      const errors = checkFormData('consultation-case', { ...base(), question: text });
      expect(errors.map((e) => e.path)).to.deep.equal(['/question']);
      expect(errors[0]!.message).to.contain('anonyymi');
      expect(JSON.stringify(errors)).not.to.contain(part);
    });
  }

  it('Given ordinary anonymous texts with years, ages and sums, When checked, Then they are accepted', () => {
    for (const text of [
      '40-vuotias, työttömänä vuodesta 2019, velkaa 12 000 euroa',
      'Kävi työkokeilussa 1.3.–31.5.2024',
      'Tapaaminen klo 13–15',
    ]) {
      expect(containsIdentifyingData(text), text).to.equal(false);
      expect(checkFormData('consultation-case', { ...base(), situation: text })).to.deep.equal([]);
    }
  });

  it('Given a name, e-mail or henkilötunnus field, When submitted, Then the form has no such field', () => {
    for (const field of ['name', 'henkilotunnus', 'email', 'phone']) {
      const errors = checkFormData('consultation-case', { ...base(), [field]: 'Matti' });
      expect(errors, field).to.deep.equal([{ path: `/${field}`, message: 'Lomakkeessa ei ole tätä kenttää.' }]);
    }
  });

  it('Given outcome notes with an e-mail address, When checked, Then the notes are rejected', () => {
    const errors = checkFormData('consultation-outcome', { consultationOutcome: 'resolved', notes: 'lähetä tiedot matti@example.invalid' });
    expect(errors.map((e) => e.path)).to.deep.equal(['/notes']);
  });

  it('Given every free text of consultation-case, When inspected, Then each carries anonymousText', async () => {
    const { getForm } = await import('../../forms/index.js');
    const props = (
      getForm('consultation-case')!.schema as { properties: Record<string, { type: string; anonymousText?: boolean; items?: unknown }> }
    ).properties;
    for (const [name, p] of Object.entries(props)) {
      // Enumerations and formatted values (the session date) cannot carry free text.
      if (p.type === 'string' && !('enum' in p) && !('format' in p)) expect(p.anonymousText, name).to.equal(true);
    }
  });
});
