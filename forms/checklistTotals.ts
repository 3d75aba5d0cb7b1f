/** Asiakasvastaavan muistilista (case manager's checklist): the two totals are computed, never typed. */

/** The groups of risk factors and strengthening factors, as in the checklist form. */
export const RISK_GROUPS = ['healthAndWorkAbility', 'educationAndSkills', 'lifeSituation'] as const;
export const STRENGTH_GROUPS = ['motivationAndAttitude', 'skillsAndLifeManagement'] as const;

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

function countTrue(data: Data, groups: readonly string[], otherField: string): number {
  let total = 0;
  for (const group of groups) {
    const g = data[group];
    if (isObject(g)) total += Object.values(g).filter((v) => v === true).length;
  }
  const other = data[otherField];
  if (typeof other === 'string' && other.trim() !== '') total += 1;
  return total;
}

/** The checklist's totals: ticked factors per side, a non-empty "other" text counting as one. */
export function computeChecklistTotals(data: unknown): { riskTotal: number; strengthTotal: number } {
  if (!isObject(data)) return { riskTotal: 0, strengthTotal: 0 };
  return {
    riskTotal: countTrue(data, RISK_GROUPS, 'riskOther'),
    strengthTotal: countTrue(data, STRENGTH_GROUPS, 'strengthOther'),
  };
}

/** Overwrites the submitted totals with the computed ones (a wrong total is corrected, not rejected). */
export function fillChecklistTotals(data: unknown): void {
  if (!isObject(data)) return;
  Object.assign(data, computeChecklistTotals(data));
}
