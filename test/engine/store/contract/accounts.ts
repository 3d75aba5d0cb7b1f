/** Store contract: users, sessions, the access log, and values shaped like injections. */
import { expect } from 'chai';
import type { AuditRecord, UserRecord } from '../../../../engine/store/Store.js';
import { expectRejects, instance, start, task, type StoreOf } from './records.js';

/** A fictional user. */
export function user(id: string, username: string, over: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    username,
    displayName: 'Ella Esimerkki',
    roles: ['nurse'],
    passwordHash: 'scrypt$fictional',
    createdAt: '2026-01-01T00:00:00.000Z',
    disabled: false,
    ...over,
  };
}

/** A fictional access log entry. */
export function audit(detail: string, clientRef: string | null = 'client-001'): AuditRecord {
  return { at: '2026-02-01T09:00:00.000Z', actor: 'nurse-ella', action: 'read', clientRef, instanceId: 'inst-1', detail };
}

/** Registers the account, access log and injection tests against the store `s()` returns. */
export function accountContract(s: StoreOf): void {
  describe('users and sessions', () => {
    it('Given a saved user, When found by username and id, Then it comes back; saving again by id replaces it', async () => {
      expect(await s().countUsers()).to.equal(0);
      await s().saveUser(user('user-1', 'ella'));
      expect(await s().findUserByUsername('ella')).to.deep.equal(user('user-1', 'ella'));
      expect(await s().getUser('user-1')).to.deep.equal(user('user-1', 'ella'));
      await s().saveUser(user('user-1', 'ella.e', { roles: ['nurse', 'admin'], displayName: 'Ella E.' }));
      expect(await s().findUserByUsername('ella')).to.equal(null);
      expect(await s().getUser('user-1')).to.deep.equal(user('user-1', 'ella.e', { roles: ['nurse', 'admin'], displayName: 'Ella E.' }));
      expect(await s().countUsers()).to.equal(1);
      expect(await s().getUser('user-missing')).to.equal(null);
    });

    it('Given a user named ella, When another user is saved with that username, Then it is refused and the first keeps the name', async () => {
      await s().saveUser(user('user-1', 'ella'));
      await expectRejects(s().saveUser(user('user-2', 'ella')));
      expect((await s().findUserByUsername('ella'))?.id).to.equal('user-1');
      expect(await s().countUsers()).to.equal(1);
    });

    it('Given a session, When read and deleted, Then it comes back once and deleting twice is no error', async () => {
      const session = {
        id: 'sess-1',
        userId: 'user-1',
        csrfToken: 'csrf-fictional',
        createdAt: '2026-02-01T09:00:00.000Z',
        expiresAt: '2026-02-01T17:00:00.000Z',
      };
      await s().createSession(session);
      expect(await s().getSession('sess-1')).to.deep.equal(session);
      await s().deleteSession('sess-1');
      await s().deleteSession('sess-1');
      expect(await s().getSession('sess-1')).to.equal(null);
    });
  });

  describe('accounts', () => {
    it('Given two users, When one is disabled and they are listed, Then both come back by username and the flag is kept', async () => {
      await s().saveUser(user('user-2', 'ville'));
      await s().saveUser(user('user-1', 'ella', { disabled: true }));
      expect((await s().listUsers()).map((u) => [u.username, u.disabled])).to.deep.equal([
        ['ella', true],
        ['ville', false],
      ]);
    });

    it('Given two sessions of a user and one of another, When the user’s sessions are deleted, Then only the other remains; a touch is kept', async () => {
      const base = { csrfToken: 'c', createdAt: '2026-02-01T09:00:00.000Z', expiresAt: '2026-02-01T21:00:00.000Z' };
      await s().createSession({ id: 's1', userId: 'u1', ...base });
      await s().createSession({ id: 's2', userId: 'u1', ...base });
      await s().createSession({ id: 's3', userId: 'u2', ...base });
      await s().touchSession('s3', '2026-02-01T09:10:00.000Z');
      await s().touchSession('missing', '2026-02-01T09:10:00.000Z');
      await s().deleteUserSessions('u1');
      expect(await s().getSession('s1')).to.equal(null);
      expect(await s().getSession('s2')).to.equal(null);
      expect(await s().getSession('s3')).to.deep.equal({ id: 's3', userId: 'u2', ...base, lastSeenAt: '2026-02-01T09:10:00.000Z' });
    });

    it('Given failed logins under a key, When counted since a time, forgotten when old and cleared, Then the counts follow', async () => {
      await s().recordLoginFailure('k', '2026-02-01T09:00:00.000Z', '2026-02-01T08:45:00.000Z');
      await s().recordLoginFailure('k', '2026-02-01T09:01:00.000Z', '2026-02-01T08:46:00.000Z');
      await s().recordLoginFailure('other', '2026-02-01T09:01:00.000Z', '2026-02-01T08:46:00.000Z');
      expect(await s().countLoginFailures('k', '2026-02-01T08:50:00.000Z')).to.equal(2);
      expect(await s().countLoginFailures('k', '2026-02-01T09:00:30.000Z')).to.equal(1);
      await s().recordLoginFailure('k', '2026-02-01T09:30:00.000Z', '2026-02-01T09:15:00.000Z');
      expect(await s().countLoginFailures('k', '2000-01-01T00:00:00.000Z')).to.equal(1);
      await s().clearLoginFailures('k');
      expect(await s().countLoginFailures('k', '2000-01-01T00:00:00.000Z')).to.equal(0);
      expect(await s().countLoginFailures('other', '2000-01-01T00:00:00.000Z')).to.equal(1);
    });
  });

  describe('access log', () => {
    it('Given a claim with an audit entry, When it succeeds and when its version is stale, Then the entry is written exactly with the successful claim', async () => {
      await s().commitStep(start(instance('inst-1'), { tasks: [task('task-1', 'inst-1')] }));
      const entry = { ...audit('claimed'), role: 'nurse', why: 'open task' };
      expect(await s().updateTaskAssignee('task-1', 'ella', 1, [entry])).to.equal(true);
      expect(await s().updateTaskAssignee('task-1', 'ville', 1, [audit('stale claim')])).to.equal(false);
      expect(await s().listAudit('client-001')).to.deep.equal([entry]);
    });

    it('Given entries appended directly and with a step, When listed for a client, Then they come in append order and only that client’s', async () => {
      await s().appendAudit([audit('first'), audit('other client', 'client-002')]);
      await s().commitStep(start(instance('inst-1'), { audit: [audit('with step')] }));
      await s().appendAudit([audit('third'), audit('fourth')]);
      await s().appendAudit([]);
      expect((await s().listAudit('client-001')).map((a) => a.detail)).to.deep.equal(['first', 'with step', 'third', 'fourth']);
      expect(await s().listAudit('client-002')).to.deep.equal([audit('other client', 'client-002')]);
      expect(await s().listAudit('client-none')).to.deep.equal([]);
    });
  });

  describe('erasing a client', () => {
    it('Given an ended and a running path of a client and one of another, When the client is erased, Then only the ended path loses its data, the log row is written, and the rows stay for statistics', async () => {
      const ended = instance('inst-ended', {
        state: 'completed',
        endedAt: '2026-02-02T09:00:00.000Z',
        businessKey: 'asia-1',
        engineState: null,
      });
      await s().commitStep(
        start(ended, { tasks: [task('task-ended', 'inst-ended', { state: 'completed', data: { note: 'fictional' } })] }),
      );
      await s().commitStep(
        start(instance('inst-running', { businessKey: 'asia-2' }), {
          tasks: [task('task-running', 'inst-running', { data: { note: 'kept' } })],
        }),
      );
      await s().commitStep(start(instance('inst-other', { clientRef: 'client-002', state: 'completed', engineState: null })));
      expect(await s().eraseClientData('client-001', [audit('erased')])).to.equal(1);
      const after = await s().getInstance('inst-ended');
      expect(after).to.deep.include({
        variables: {},
        businessKey: null,
        engineState: null,
        clientRef: 'client-001',
        processKey: 'referral',
        state: 'completed',
      });
      expect((await s().getTask('task-ended'))?.data).to.equal(null);
      expect((await s().getInstance('inst-running'))?.variables).to.deep.equal({ consentGiven: true });
      expect((await s().getTask('task-running'))?.data).to.deep.equal({ note: 'kept' });
      expect((await s().getInstance('inst-other'))?.variables).to.deep.equal({ consentGiven: true });
      expect((await s().listAudit('client-001')).map((a) => a.detail)).to.deep.equal(['erased']);
    });
  });

  describe('injection-shaped values', () => {
    beforeEach(async () => {
      await s().saveUser(user('user-1', 'ella'));
      await s().commitStep(start(instance('inst-1'), { tasks: [task('task-1', 'inst-1')] }));
      await s().appendAudit([audit('entry')]);
    });

    it('Given stored records, When looked up with operator- or SQL-shaped strings, Then nothing is found', async () => {
      const shapes = ['{"$gt": ""}', '{"$ne": null}', '{"$where": "1 == 1"}', "x' OR 1=1 --", "' OR ''='", '.*'];
      for (const v of shapes) {
        expect(await s().findUserByUsername(v), v).to.equal(null);
        expect(await s().getUser(v), v).to.equal(null);
        expect(await s().getInstance(v), v).to.equal(null);
        expect(await s().getTask(v), v).to.equal(null);
        expect(await s().findDeployment(v), v).to.equal(null);
        expect(await s().listTasks({ processKey: v }), v).to.deep.equal([]);
        expect(await s().listTasks({ assignee: v }), v).to.deep.equal([]);
        expect(await s().listTasks({ roles: [v] }), v).to.deep.equal([]);
        expect(await s().listInstances({ clientRef: v }), v).to.deep.equal([]);
        expect(await s().listAudit(v), v).to.deep.equal([]);
        expect(await s().updateTaskAssignee(v, 'mallory', 1), v).to.equal(false);
      }
      expect((await s().getTask('task-1'))?.assignee).to.equal(null);
    });

    it('Given stored records, When an operator object is smuggled in where a string belongs, Then no record is returned', async () => {
      const operator = { $gt: '' } as unknown as string;
      // Refusing the value is as good as finding nothing; returning a record is the failure.
      const nothing = async (work: Promise<unknown>) => {
        const result = await work.catch(() => null);
        return result === null || (Array.isArray(result) && result.length === 0);
      };
      expect(await nothing(s().findUserByUsername(operator))).to.equal(true);
      expect(await nothing(s().getInstance(operator))).to.equal(true);
      expect(await nothing(s().getTask(operator))).to.equal(true);
      expect(await nothing(s().listAudit(operator))).to.equal(true);
      expect(await nothing(s().listTasks({ instanceId: operator }))).to.equal(true);
    });
  });
}
