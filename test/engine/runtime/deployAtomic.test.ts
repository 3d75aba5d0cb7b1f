import { expect } from 'chai';
import { createHash, randomUUID } from 'node:crypto';
import type { DeploymentRecord } from '../../../engine/store/Store.js';
import { fixture, givenEngine, type EngineFixture } from '../../support/engine.js';

const XML = fixture('dead-end');
const HASH = createHash('sha256').update(XML, 'utf8').digest('hex');
const record = (processKey: string, version: number, over: Partial<DeploymentRecord> = {}): DeploymentRecord => ({
  id: randomUUID(),
  processKey,
  version,
  name: 'other.bpmn',
  xmlHash: 'another-file',
  xml: XML,
  deployedAt: new Date().toISOString(),
  deployedBy: null,
  ...over,
});

describe('Feature: a file of several processes deploys whole or not at all', () => {
  let f: EngineFixture;
  beforeEach(async () => (f = await givenEngine({ lint: false })));
  afterEach(() => f.close());

  it('Scenario: another deployer takes version 1 of the second process while the file is being deployed. Then the deployment fails and neither process is deployed; deploying again gives both', async () => {
    // Given a concurrent deployer that wins the race for the file's second process.
    const insert = f.store.insertDeployments.bind(f.store);
    f.store.insertDeployments = async (records) => {
      await f.store.insertDeployment(record('deadEndTimer', 1));
      f.store.insertDeployments = insert;
      return insert(records);
    };
    let code = '';
    try {
      await f.engine.deploy('dead-end.bpmn', XML);
    } catch (err) {
      code = (err as { code: string }).code;
    }
    expect(code).to.equal('conflict');
    expect(await f.store.findDeployment('deadEndTask')).to.equal(null);
    expect(await f.store.findDeploymentsByHash(HASH)).to.deep.equal([]);

    const deployed = await f.engine.deploy('dead-end.bpmn', XML);
    expect(deployed.map((d) => [d.processKey, d.version])).to.deep.equal([
      ['deadEndTask', 1],
      ['deadEndTimer', 2],
    ]);
  });

  it('Scenario: only one process of a file is stored with its hash (a store from before atomic deployment). Then the same XML again is not short-circuited: every process of the file gets deployed', async () => {
    await f.store.insertDeployment(record('deadEndTask', 1, { xmlHash: HASH, name: 'dead-end.bpmn' }));
    const deployed = await f.engine.deploy('dead-end.bpmn', XML);
    expect(deployed.map((d) => d.processKey).sort()).to.deep.equal(['deadEndTask', 'deadEndTimer']);
    expect(await f.store.findDeployment('deadEndTimer')).to.not.equal(null);
    const again = await f.engine.deploy('dead-end.bpmn', XML);
    expect(again.map((d) => d.id).sort()).to.deep.equal(deployed.map((d) => d.id).sort());
  });
});
