import { expect } from 'chai';
import { AppError } from '../../engine/errors.js';
import { checkFormData } from '../../forms/index.js';
import { validExamples } from './fixtures/examples.js';

const background = () => validExamples().background!;

describe('checkFormData (forms/checkFormData.ts)', () => {
  it('Given an unknown form key, When checking, Then it throws AppError invalid_input without naming the key', () => {
    try {
      checkFormData('no-such-form-131052-308T', {});
      expect.fail('should have thrown');
    } catch (e) {
      expect(e).to.be.instanceOf(AppError);
      expect((e as AppError).code).to.equal('invalid_input');
      expect((e as AppError).message).not.to.contain('131052');
    }
  });

  it('Given JSON with a __proto__ key, When checking, Then that key is refused and nothing is polluted', () => {
    const data = JSON.parse('{"route": "health", "__proto__": {"polluted": true}}');
    expect(checkFormData('route-choice', data)).to.deep.equal([{ path: '/__proto__', message: 'Kentän nimi ei ole sallittu.' }]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('Given constructor and prototype keys deep inside, When checking, Then each is refused at its own path', () => {
    const data = JSON.parse('{"consultationOutcome": "team", "x": {"constructor": {"prototype": 1}}}');
    const paths = checkFormData('consultation-outcome', data).map((e) => e.path);
    expect(paths).to.deep.equal(['/x/constructor']);
    const tts = validExamples()['tts-team']!;
    (tts.schedule as unknown[]).push(JSON.parse('{"prototype": "x"}'));
    expect(checkFormData('tts-team', tts).map((e) => e.path)).to.deep.equal(['/schedule/2/prototype']);
  });

  it('Given an unknown field, When checking, Then it is rejected by name with a Finnish message', () => {
    const data = { ...background(), favouriteColour: 'sininen' };
    expect(checkFormData('background', data)).to.deep.equal([{ path: '/favouriteColour', message: 'Lomakkeessa ei ole tätä kenttää.' }]);
  });

  it('Given an unknown field whose name is a henkilötunnus, When checking, Then the error points at the parent, not the name', () => {
    const errors = checkFormData('background', { ...background(), '131052-308T': true });
    expect(errors).to.have.length(1);
    expect(JSON.stringify(errors)).not.to.contain('131052');
  });

  it('Given several fields failing, When checking, Then there is one message per field and none repeats a value', () => {
    const data = { ...background(), henkilotunnus: '131052-308U', email: 'ei-osoite', workExperienceYears: -3, date: '20.11.2026' };
    const errors = checkFormData('background', data);
    expect(errors.map((e) => e.path)).to.have.members(['/henkilotunnus', '/email', '/workExperienceYears', '/date']);
    expect(new Set(errors.map((e) => e.path)).size).to.equal(errors.length);
    const text = JSON.stringify(errors);
    for (const value of ['131052-308U', 'ei-osoite', '-3', '20.11.2026']) expect(text).not.to.contain(value);
    expect(errors.find((e) => e.path === '/henkilotunnus')!.message).to.match(/^Henkilötunnus ei ole kelvollinen/);
  });

  it('Given a temporary henkilötunnus, When the background form or the TTS is checked, Then only the TTS (which allows it) accepts it', () => {
    expect(checkFormData('background', { ...background(), henkilotunnus: '010594Y9032' }).map((e) => e.path)).to.deep.equal([
      '/henkilotunnus',
    ]);
    const tts = validExamples()['tts-referrer']!;
    (tts.client as Record<string, unknown>).henkilotunnus = '010594Y9032';
    expect(checkFormData('tts-referrer', tts)).to.deep.equal([]);
  });

  it('Given locale en, When a field fails, Then the message is English', () => {
    const errors = checkFormData('background', { ...background(), henkilotunnus: '311399-123A', name: 7 }, 'en');
    expect(errors).to.deep.include({
      path: '/henkilotunnus',
      message: 'The personal identity code is not valid (check the format, date of birth and check character).',
    });
    expect(errors.find((e) => e.path === '/name')!.message).to.equal('must be string');
  });

  describe('"other" needs its text', () => {
    it('Given work ability own view "other" without text, When checking, Then workAbilityOther is required', () => {
      const errors = checkFormData('background', { ...background(), workAbilityOwnView: 'other' });
      expect(errors).to.deep.equal([{ path: '/workAbilityOther', message: 'Kerro, mikä muu.' }]);
    });

    it('Given "other" among the obstacles and as primary goal, When checking, Then both texts are required; When given, Then valid', () => {
      const data: Record<string, unknown> = { ...background(), obstacles: ['other', 'lack-of-education'], primaryGoal: 'other' };
      expect(checkFormData('background', data).map((e) => e.path)).to.have.members(['/obstaclesOther', '/primaryGoalOther']);
      Object.assign(data, { obstaclesOther: 'Ajokortin puute', primaryGoalOther: 'Päihdekuntoutus' });
      expect(checkFormData('background', data)).to.deep.equal([]);
    });

    it('Given an empty "other" text, When checking, Then it still fails', () => {
      const data = { ...background(), workAbilityOwnView: 'other', workAbilityOther: '' };
      expect(checkFormData('background', data).map((e) => e.path)).to.deep.equal(['/workAbilityOther']);
    });

    it('Given TTS party "other" without its description, When checking, Then otherParty is required', () => {
      const tts = validExamples()['tts-referrer']!;
      delete tts.otherParty;
      expect(checkFormData('tts-referrer', tts)).to.deep.equal([{ path: '/otherParty', message: 'Kerro, mikä muu.' }]);
    });

    it('Given Y100 consent given without parties, When checking, Then parties are required', () => {
      const errors = checkFormData('consent-y100', { consentGiven: true, givenOn: '2026-11-20', recordedBy: 'Päivi Pöllänen' });
      expect(errors.map((e) => e.path)).to.deep.equal(['/parties']);
      expect(checkFormData('consent-y100', { consentGiven: false })).to.deep.equal([]);
    });
  });

  it('Given a one-of choice outside its options, When checking, Then a Finnish enum message names the field', () => {
    const errors = checkFormData('route-choice', { route: 'fast' });
    expect(errors).to.deep.equal([{ path: '/route', message: 'täytyy olla yhtä kuin jokin sallituista arvoista' }]);
  });

  it('Given data that is not an object, When checking, Then one error at the root', () => {
    expect(checkFormData('follow-up', 'continue').map((e) => e.path)).to.deep.equal(['']);
    expect(checkFormData('follow-up', null)).to.have.length(1);
  });
});

describe('checkFormData on hostile shapes', () => {
  it('Given data nested a thousand levels deep, When checking, Then one "too deep" error comes back instead of a stack overflow', () => {
    let deep: Record<string, unknown> = {};
    const data = { consultationOutcome: 'team', x: deep };
    for (let i = 0; i < 1000; i++) deep = (deep.y = {}) as Record<string, unknown>;
    const errors = checkFormData('consultation-outcome', data);
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.equal('Tiedot ovat liian syvälle sisäkkäin.');
  });
});
