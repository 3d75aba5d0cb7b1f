/** Contract: the self-rated work-ability scores of the paths, read for the managers' figures. */
import { expect } from 'chai';
import { instance, start, type StoreOf } from './records.js';

export function workAbilityScoresContract(s: StoreOf): void {
  describe('Work-ability scores', () => {
    it('Given paths with and without scores, When the scores are read, Then each path with a start score is one row with its region, municipality and latest score', async () => {
      const path = (id: string, variables: Record<string, unknown>) =>
        instance(id, { processKey: 'work-ability-backbone', clientRef: `client-${id}`, variables });
      await s().commitStep(start(path('wa-1', { region: 'kainuu', municipality: 'Kajaani', workAbilityStart: 3, workAbilityNow: 6 })));
      await s().commitStep(start(path('wa-2', { region: 'toike', workAbilityStart: 0 })));
      await s().commitStep(start(path('wa-3', { region: 'kainuu', municipality: 'Kajaani' })));
      await s().commitStep(start(path('wa-4', { workAbilityStart: 'kolme' })));
      const rows = await s().workAbilityScores();
      expect(rows).to.have.deep.members([
        { processKey: 'work-ability-backbone', region: 'kainuu', municipality: 'Kajaani', start: 3, latest: 6 },
        { processKey: 'work-ability-backbone', region: 'toike', municipality: null, start: 0, latest: null },
      ]);
    });
  });
}
