import { expect } from 'chai';
import { checkFormData, computeChecklistTotals } from '../../forms/index.js';

describe('checklist totals (forms/checklistTotals.ts)', () => {
  const ticked = () => ({
    healthAndWorkAbility: { mentalHealthProblems: true, ageOver49: true, kelaDisabilityAllowance: false },
    lifeSituation: { homelessness: true },
    riskOther: 'Pitkä välimatka',
    motivationAndAttitude: { selfEfficacy: true },
    skillsAndLifeManagement: { hobby: false, managesFinances: true },
    strengthOther: '  ',
  });

  it('Given ticked risk and strength factors and an "other" text, When computing totals, Then each ticked box and a non-blank other count one', () => {
    expect(computeChecklistTotals(ticked())).to.deep.equal({ riskTotal: 4, strengthTotal: 2 });
  });

  it('Given nothing ticked, When computing, Then both totals are zero', () => {
    expect(computeChecklistTotals({})).to.deep.equal({ riskTotal: 0, strengthTotal: 0 });
  });

  it('Given submitted wrong totals, When the server checks the data, Then they are corrected in place (not rejected)', () => {
    const data = { ...ticked(), riskTotal: 99, strengthTotal: 0 };
    expect(checkFormData('checklist', data)).to.deep.equal([]);
    expect(data.riskTotal).to.equal(4);
    expect(data.strengthTotal).to.equal(2);
  });

  it('Given data without totals, When checked, Then the totals are filled', () => {
    const data: Record<string, unknown> = { educationAndSkills: { noWorkHistory: true } };
    expect(checkFormData('checklist', data)).to.deep.equal([]);
    expect(data).to.include({ riskTotal: 1, strengthTotal: 0 });
  });

  it('Given a factor not in its group, When checked, Then that field is unknown', () => {
    const errors = checkFormData('checklist', { lifeSituation: { hobby: true } });
    expect(errors.map((e) => e.path)).to.deep.equal(['/lifeSituation/hobby']);
  });
});
