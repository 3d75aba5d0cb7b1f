/**
 * The MongoDB adapter's own logic, checked without a server (none can be installed here): document
 * mapping through real BSON, the step's checks against recording collections, and ping's failure path.
 * The store contract against a live replica set runs in store.contract.test.ts when MONGODB_URL is set.
 */
import { expect } from 'chai';
import { BSON, MongoClient } from 'mongodb';
import type { ClientSession } from 'mongodb';
import type { Collections } from '../../../../engine/store/mongodb/collections.js';
import * as docs from '../../../../engine/store/mongodb/documents.js';
import { MongoStore } from '../../../../engine/store/mongodb/index.js';
import { applyStep } from '../../../../engine/store/mongodb/steps.js';
import { isStoreUnavailable } from '../../../../engine/store/unavailable.js';
import { expectConflict, instance, next, opened, start, task, timer } from '../contract/records.js';

type Call = { collection: string; method: string; args: unknown[] };

/** Collections that record every call and answer updates with `matched`. */
function recordingCollections(answers: { matched?: number; insertError?: unknown } = {}) {
  const calls: Call[] = [];
  const collection = (name: string) => ({
    collectionName: name,
    async insertOne(...args: unknown[]) {
      calls.push({ collection: name, method: 'insertOne', args });
      if (answers.insertError) throw answers.insertError;
    },
    async insertMany(...args: unknown[]) {
      calls.push({ collection: name, method: 'insertMany', args });
    },
    async updateOne(...args: unknown[]) {
      calls.push({ collection: name, method: 'updateOne', args });
      return { matchedCount: answers.matched ?? 1 };
    },
    async deleteMany(...args: unknown[]) {
      calls.push({ collection: name, method: 'deleteMany', args });
    },
    async bulkWrite(...args: unknown[]) {
      calls.push({ collection: name, method: 'bulkWrite', args });
      const ops = args[0] as unknown[];
      return { matchedCount: answers.matched === 0 ? 0 : ops.length, upsertedCount: 0 };
    },
  });
  const names = ['deployments', 'instances', 'tasks', 'timers', 'subscriptions', 'history', 'users', 'sessions', 'audit', 'loginFailures'];
  const c = Object.fromEntries(names.map((n) => [n, collection(n)])) as unknown as Collections;
  return { c, calls };
}

const session = {} as ClientSession;

describe('MongoDB adapter without a server', () => {
  it('Given an instance with nested unicode variables and engine state, When mapped through BSON and back, Then the record is unchanged and the state is a Buffer', () => {
    const i = instance('inst-1', {
      variables: { asiakas: { nimi: 'Äijä Öljynen-Åkerlund' }, 'a.b': { $note: 'kept' }, list: [1, null] },
      engineState: Buffer.from([0, 127, 255]),
    });
    const stored = BSON.deserialize(BSON.serialize(docs.instanceDoc(i))) as docs.InstanceDoc;
    const back = docs.toInstance(stored);
    expect(back).to.deep.equal(i);
    expect(Buffer.isBuffer(back.engineState)).to.equal(true);
    const ended = docs.toInstance(BSON.deserialize(BSON.serialize(docs.instanceDoc({ ...i, engineState: null }))) as docs.InstanceDoc);
    expect(ended.engineState).to.equal(null);
  });

  it('Given a task with form data, When mapped through BSON and back, Then the record is unchanged', () => {
    const t = task('task-1', 'inst-1', { data: { työkyky: 'hyvä', pisteet: [3, 4] }, roles: ['nurse', 'physician'] });
    expect(docs.toTask(BSON.deserialize(BSON.serialize(docs.taskDoc(t))) as docs.TaskDoc)).to.deep.equal(t);
  });

  it('Given an operator object where a string belongs, When made a filter value, Then it is a plain string', () => {
    expect(docs.text({ $gt: '' })).to.equal('[object Object]');
    expect(docs.text('{"$where": "1"}')).to.equal('{"$where": "1"}');
    expect(Number.isNaN(docs.num({ $gt: 0 }))).to.equal(true);
    expect(docs.instanceDoc(instance({ $ne: null } as unknown as string))._id).to.be.a('string');
  });

  it('Given a stored revision that does not match, When a step applies, Then conflict is thrown before any task, timer or history write', async () => {
    const { c, calls } = recordingCollections({ matched: 0 });
    const i = instance('inst-1');
    const step = next(i, { tasks: [task('task-1', 'inst-1')], timers: [timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z')] });
    await expectConflict(applyStep(c, session, step));
    expect(calls.map((x) => `${x.collection}.${x.method}`)).to.deep.equal(['instances.updateOne']);
    expect(calls[0].args[0]).to.deep.equal({ _id: 'inst-1', revision: 1 });
  });

  it('Given a duplicate key on a new instance, When its first step applies, Then conflict', async () => {
    const { c, calls } = recordingCollections({ insertError: Object.assign(new Error('E11000'), { code: 11000 }) });
    await expectConflict(applyStep(c, session, start(instance('inst-1'))));
    expect(calls).to.have.length(1);
  });

  it('Given a changed task whose version moved on, When the step applies, Then conflict after filtering on the previous version', async () => {
    const { c, calls } = recordingCollections();
    const taskCalls = () => calls.filter((x) => x.collection === 'tasks');
    await applyStep(c, session, start(instance('inst-1'), { tasks: [task('task-1', 'inst-1')] }));
    const [inserted] = taskCalls()[0].args[0] as { updateOne: { filter: unknown; upsert?: boolean } }[];
    expect(inserted.updateOne).to.include({ upsert: true });

    const { c: stale, calls: staleCalls } = recordingCollections();
    (stale.tasks as unknown as { bulkWrite: (...args: unknown[]) => Promise<unknown> }).bulkWrite = async (...args: unknown[]) => {
      staleCalls.push({ collection: 'tasks', method: 'bulkWrite', args });
      return { matchedCount: 0, upsertedCount: 0 };
    };
    await expectConflict(applyStep(stale, session, next(instance('inst-1'), { tasks: [task('task-1', 'inst-1', { version: 3 })] })));
    const [changed] = staleCalls.find((x) => x.method === 'bulkWrite')!.args[0] as { updateOne: { filter: unknown } }[];
    expect(changed.updateOne.filter).to.deep.equal({ _id: 'task-1', version: 2 });
  });

  it('Given a step with every kind of write, When it applies, Then each operation runs in the session, timers and subscriptions are replaced and audit entries are inserted in order without a counter', async () => {
    const { c, calls } = recordingCollections();
    const sub = { instanceId: 'inst-1', messageName: 'results-arrived', activityId: 'wait', executionId: 'exe-w' };
    await applyStep(
      c,
      session,
      next(instance('inst-1'), {
        timers: [timer('t-1', 'inst-1', '2026-03-01T00:00:00.000Z')],
        subscriptions: [sub, sub],
        tasks: [task('task-1', 'inst-1'), task('task-2', 'inst-1')],
        history: [opened('inst-1', 'exe-a'), opened('inst-1', 'exe-b')],
        audit: [
          {
            at: '2026-02-01T00:00:00.000Z',
            actor: 'nurse-ella',
            action: 'read',
            clientRef: 'client-001',
            instanceId: 'inst-1',
            detail: 'a',
          },
          {
            at: '2026-02-01T00:00:00.000Z',
            actor: 'nurse-ella',
            action: 'read',
            clientRef: 'client-001',
            instanceId: 'inst-1',
            detail: 'b',
          },
        ],
      }),
    );
    for (const call of calls) expect(call.args.at(-1), `${call.collection}.${call.method}`).to.include({ session });
    const of = (collection: string, method: string) => calls.find((x) => x.collection === collection && x.method === method);
    expect(of('timers', 'deleteMany')?.args[0]).to.deep.equal({ instanceId: 'inst-1' });
    expect(of('subscriptions', 'insertMany')?.args[0]).to.have.length(1);
    expect((of('audit', 'insertMany')?.args[0] as { detail: string }[]).map((a) => a.detail)).to.deep.equal(['a', 'b']);
    expect(calls.some((x) => x.collection === 'counters')).to.equal(false);
    // One round trip for all tasks and one for all history rows, however many the step touched.
    expect(calls.filter((x) => x.collection === 'tasks').map((x) => `${x.method} ${(x.args[0] as unknown[]).length}`)).to.deep.equal([
      'bulkWrite 2',
    ]);
    expect(calls.filter((x) => x.collection === 'history').map((x) => `${x.method} ${(x.args[0] as unknown[]).length}`)).to.deep.equal([
      'bulkWrite 2',
    ]);
  });

  it('Given no reachable server, When pinged, Then false and no throw', async () => {
    const client = new MongoClient('mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=300&connectTimeoutMS=300');
    const store = new MongoStore(client, 'polku_offline');
    try {
      expect(await store.ping()).to.equal(false);
    } finally {
      await store.close();
    }
  });

  it('Given MONGODB_URL pointing at a closed port, When a read and a step run, Then both fail with errors the server answers as 503 unavailable (not 500)', async () => {
    const client = new MongoClient('mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=300&connectTimeoutMS=300');
    const store = new MongoStore(client, 'polku_offline');
    try {
      const failures = await Promise.all([
        store.getInstance('inst-1').catch((e: unknown) => e),
        store.commitStep(start(instance('inst-1'))).catch((e: unknown) => e),
      ]);
      for (const err of failures) {
        expect(err, 'an error').to.be.instanceOf(Error);
        expect(isStoreUnavailable(err), (err as Error).name).to.equal(true);
      }
      expect(isStoreUnavailable(new Error('a bug')), 'a plain error').to.equal(false);
    } finally {
      await store.close();
    }
  });
});
