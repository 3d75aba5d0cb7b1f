/**
 * The forms' user picker: GET /api/users/choices gives the worker with the task open the active
 * users of the roles its form offers (username and display name only); completing the form with a
 * username that is not such a user is refused, naming the field. Real server, real store.
 */
import { expect } from 'chai';
import { hourAfter, wednesdayAhead } from '../processes/support/meetingDate.js';
import { deployPolkuProcesses, validFormData } from '../processes/support/steps.js';
import { bookAndConfirm } from '../processes/support/teamSteps.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

const RESPONSIBLE_ROLES = 'case-manager,social-worker,kela';

describe('web: the user picker of the forms (GET /api/users/choices)', () => {
  let server: TestServer;
  let team: Client;
  let nurse: Client;
  let taskId: string;

  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['team', 'team'],
      ['nurse', 'nurse'],
      ['kaisa.kela', 'kela'],
      ['sari.sosiaali', 'social-worker'],
      ['vanha.kela', 'kela'],
      ['admin', 'admin'],
    ] as const)
      await server.addUser(u, [r]);
    const old = await server.store.findUserByUsername('vanha.kela');
    await server.store.saveUser({ ...old!, disabled: true });
    await deployPolkuProcesses(server.engine);
    // Given a team meeting held: the TTS §8–13 task is open for the team
    const path = await server.engine.startInstance({ processKey: 'team-process' });
    const meeting = wednesdayAhead(8);
    await bookAndConfirm(server.engine, path.id, meeting);
    await server.engine.fireDueTimers(hourAfter(meeting));
    [team, nurse] = await Promise.all([server.login('team'), server.login('nurse')]);
    taskId = (await team.call('GET', `/api/tasks?processInstanceId=${path.id}`)).body.items[0].id;
  });
  after(() => server.close());

  it('Given the open TTS task, When the team asks for the responsible-person choices, Then active users of those roles come with username and display name only', async () => {
    const res = await team.call('GET', `/api/users/choices?taskId=${taskId}&role=${RESPONSIBLE_ROLES}`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.items).to.deep.equal([
      { username: 'kaisa.kela', displayName: 'kaisa.kela (fictional)' },
      { username: 'sari.sosiaali', displayName: 'sari.sosiaali (fictional)' },
    ]);
  });

  it('Given roles the form does not offer, a worker without the task, or no task, When they ask, Then 403, 404 and 400', async () => {
    expect((await team.call('GET', `/api/users/choices?taskId=${taskId}&role=admin`)).status).to.equal(403);
    expect((await nurse.call('GET', `/api/users/choices?taskId=${taskId}&role=kela`)).status).to.equal(404);
    expect((await team.call('GET', '/api/users/choices?role=kela')).status).to.equal(400);
  });

  it('Given a disabled or unknown username, When the team completes the form with it, Then 400 naming responsiblePerson/username; an active Kela expert is taken', async () => {
    const named = (username: string) => ({
      data: validFormData('tts-team', { responsiblePerson: { title: 'Ratkaisuasiantuntija', name: 'Kaisa Kela', username } }),
    });
    for (const username of ['vanha.kela', 'ei.ketaan', 'admin']) {
      const refused = await team.call('POST', `/api/tasks/${taskId}/complete`, { body: named(username) });
      expect(refused.status, username).to.equal(400);
      expect(refused.body.error.details.map((d: { path: string }) => d.path)).to.deep.equal(['/responsiblePerson/username']);
    }
    const done = await team.call('POST', `/api/tasks/${taskId}/complete`, { body: named('kaisa.kela') });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
  });
});
