/**
 * Deployed but never run (issue 19, item 11): what the engine cannot run is refused at deployment
 * with the element and the reason, instead of deploying and then being skipped or failing later.
 */
import { expect } from 'chai';
import { AppError } from '../../../engine/errors.js';
import { givenEngine, type EngineFixture } from '../../support/engine.js';
import { around, UNSUPPORTED } from '../../support/unsupportedDiagrams.js';

const REASON: Record<keyof typeof UNSUPPORTED, RegExp> = {
  'a service task with camunda:expression': /ServiceTask with camunda:expression is not run by this engine/,
  'a service task with camunda:class': /ServiceTask with camunda:class is not run by this engine/,
  'a task with camunda:inputOutput': /camunda:inputOutput is not supported/,
  'a multi-instance user task': /a multi-instance UserTask is not supported/,
};

describe('Feature: the engine refuses at deployment what it cannot run (issue 19, item 11)', () => {
  let f: EngineFixture;
  beforeEach(async () => {
    f = await givenEngine({ lint: false });
  });
  afterEach(() => f.close());

  for (const [what, xml] of Object.entries(UNSUPPORTED) as [keyof typeof UNSUPPORTED, string][]) {
    it(`Given ${what}, When it is deployed (even without the lint), Then it is refused naming #task and the reason`, async () => {
      let refused: AppError | null = null;
      try {
        await f.engine.deploy('unsupported.bpmn', xml);
      } catch (err) {
        refused = err as AppError;
      }
      expect(refused?.code).to.equal('invalid_bpmn');
      const detail = refused?.details?.find((d) => d.path === '#task');
      expect(detail?.message, JSON.stringify(refused?.details)).to.match(REASON[what]);
    });
  }

  it('Given a plain service task with no implementation, When it is deployed, Then it is accepted (it passes through as bpmn-engine runs it)', async () => {
    expect((await f.engine.deploy('plain.bpmn', around('<bpmn:serviceTask id="task" />'))).length).to.equal(1);
  });
});
