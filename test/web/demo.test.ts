import { expect } from 'chai';
import { join } from 'node:path';
import { createEngine } from '../../engine/index.js';
import { createSqliteStore } from '../../engine/store/sqlite/index.js';
import * as forms from '../../forms/index.js';
import { seedDemoPaths } from '../../web/demo/seedPaths.js';
import { seedDemoUsers } from '../../web/demo/seedUsers.js';
import { createLogger } from '../../web/log.js';
import { tempDir } from '../support/stores.js';
import { linearProcess } from './support/bpmn.js';

describe('web: demo data', () => {
  it('Given a fresh store with demo users and a deployed process, When demo paths are seeded twice, Then six fictional paths stand at different stages and the second run adds none', async () => {
    const tmp = tempDir('polku-demo-');
    const store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
    const engine = await createEngine({ store });
    try {
      expect(await seedDemoUsers(store, { password: 'demo-password', production: false })).to.be.above(10);
      expect(await seedDemoUsers(store, { password: 'demo-password', production: false })).to.equal(0);
      await engine.deploy(
        'demo.bpmn',
        linearProcess('demo-path', [
          { id: 'refer', name: 'Ohjaus', role: 'case-manager' },
          { id: 'check', name: 'Terveystarkastus', role: 'nurse' },
        ]),
      );
      const logger = createLogger('silent');
      expect(await seedDemoPaths({ engine, store, forms }, logger)).to.equal(6);
      expect(await seedDemoPaths({ engine, store, forms }, logger)).to.equal(0);
      const instances = await engine.listInstances({ processKey: 'demo-path' });
      const stages = instances.map((i) => (i.state === 'completed' ? 'done' : i.active.map((a) => a.activityId).join())).sort();
      expect(stages).to.deep.equal(['check', 'done', 'done', 'done', 'done', 'refer']);
      for (const i of instances) expect(i.variables.demo).to.equal(true);
    } finally {
      await engine.close();
      tmp.dispose();
    }
  });

  it('Given demo paths started in the past by an engine with a clock set back, Then the oldest path is late against its expected duration and the newer ones are not', async () => {
    const tmp = tempDir('polku-demo-');
    const store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
    const engine = await createEngine({ store });
    try {
      await seedDemoUsers(store, { password: 'demo-password', production: false });
      await engine.deploy(
        'demo.bpmn',
        linearProcess('demo-path', [
          { id: 'refer', name: 'Ohjaus', role: 'case-manager', expectedDuration: 'P7D' },
          { id: 'check', name: 'Terveystarkastus', role: 'nurse', expectedDuration: 'P14D' },
          { id: 'plan', name: 'Suunnitelma', role: 'case-manager', expectedDuration: 'P7D' },
          { id: 'team', name: 'Tiimi', role: 'team', expectedDuration: 'P7D' },
        ]),
      );
      const engineAt = (at: Date) => createEngine({ store, lint: false, clock: () => at });
      expect(await seedDemoPaths({ engine, store, forms }, createLogger('silent'), engineAt)).to.equal(6);
      const open = await engine.listTasks({ processKey: 'demo-path', state: 'open' });
      const late = open.filter((t) => Date.parse(t.expectedBy as string) < Date.now()).map((t) => t.activityId);
      const onTime = open.filter((t) => Date.parse(t.expectedBy as string) >= Date.now()).map((t) => t.activityId);
      // 25 days at a 7-day step is late; 10 days into a 14-day check and 2 days into the team are not.
      expect(late).to.deep.equal(['refer']);
      expect(onTime.sort()).to.deep.equal(['check', 'team']);
      const oldest = (await engine.listInstances({ processKey: 'demo-path' })).map((i) => Date.parse(i.startedAt)).sort()[0];
      expect(Date.now() - oldest).to.be.greaterThan(20 * 24 * 3600 * 1000);
    } finally {
      await engine.close();
      tmp.dispose();
    }
  });

  it('Given NODE_ENV=production, When demo users are seeded, Then none is created', async () => {
    const tmp = tempDir('polku-demo-');
    const store = await createSqliteStore(join(tmp.dir, 'polku.sqlite'));
    try {
      expect(await seedDemoUsers(store, { password: 'demo-password', production: true })).to.equal(0);
      expect(await store.countUsers()).to.equal(0);
    } finally {
      await store.close();
      tmp.dispose();
    }
  });
});
