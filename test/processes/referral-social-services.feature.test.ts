/** Feature: path 2, from social services to the team or to supported employment, on the real engine and SQLite store. */
import { expect } from 'chai';
import { actor, givenEngine, type EngineFixture } from '../support/engine.js';
import { childOf, completeAs, deployPolkuProcesses, expectInOrder, openTasks, pathOf } from './support/steps.js';
import { closeAfterFollowUp, holdTeamMeeting } from './support/teamSteps.js';

describe('Feature: referral from social services (referral-social-services)', () => {
  let fx: EngineFixture;
  let id: string;

  async function givenSocialDecision(socialDecision: string) {
    id = (await fx.engine.startInstance({ processKey: 'referral-social-services' })).id;
    expect(await openTasks(fx.engine, id)).to.deep.equal(['socialAssessment']);
    return completeAs(fx.engine, id, 'socialAssessment', 'social-worker', { socialDecision });
  }

  beforeEach(async () => {
    fx = await givenEngine();
    await deployPolkuProcesses(fx.engine);
  });
  afterEach(async () => fx.close());

  it('Given the social worker decides "team", When consent is given and TTS §1–8 filled, Then the team process runs to its end and the referral ends', async () => {
    await givenSocialDecision('team');
    await completeAs(fx.engine, id, 'consent', 'social-worker', { consentGiven: true });
    await completeAs(fx.engine, id, 'ttsReferrer', 'social-worker');
    const team = await childOf(fx.engine, id, 'team-process');
    const [booking] = await fx.engine.listTasks({ processInstanceId: team.id, state: 'open', roles: ['social-worker'] });
    expect(booking, 'the referring social worker may book the team').to.include({ activityId: 'teamBooking' });
    const meeting = await holdTeamMeeting(fx.engine, team.id);
    await closeAfterFollowUp(fx.engine, team.id, meeting);
    expect((await fx.engine.getInstance(id)).state).to.equal('completed');
    expectInOrder(await pathOf(fx.engine, id), ['socialGateway', 'consent', 'consentGateway', 'ttsReferrer', 'teamCall', 'endTeam']);
  });

  it('Given the social worker decides "team", When the client gives no consent, Then the path ends without a team', async () => {
    await givenSocialDecision('team');
    const done = await completeAs(fx.engine, id, 'consent', 'social-worker', { consentGiven: false });
    expect(done.state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoConsent');
    expect(await fx.engine.listInstances({ processKey: 'team-process' })).to.have.length(0);
  });

  it('Given the social worker decides "other-service", Then the path ends there', async () => {
    const done = await givenSocialDecision('other-service');
    expect(done.state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endOtherService');
  });

  it('Given the social worker decides "supported-employment", When the IPS coaching ends, Then the referral ends after it', async () => {
    // The coach named at intake (the form example's username) is a job coach whose tasks these are.
    const coach = {
      id: actor('job-coach').id,
      username: 'tuomas.valmentaja',
      displayName: 'Tuomas Valmentaja (fiktiivinen)',
      roles: ['job-coach'],
    };
    await fx.store.saveUser({ ...coach, passwordHash: 'x', createdAt: new Date().toISOString() });
    await givenSocialDecision('supported-employment');
    const ips = await childOf(fx.engine, id, 'supported-employment');
    await completeAs(fx.engine, ips.id, 'ipsReferral', 'job-coach', { referralSource: 'social-services', coach: coach.username });
    await completeAs(fx.engine, ips.id, 'ipsHandover', 'job-coach');
    await fx.engine.deliverMessage(ips.id, 'first-employer-contact');
    await completeAs(fx.engine, ips.id, 'coaching', 'job-coach', { ipsEvent: 'ended-no-longer-needed' });
    await completeAs(fx.engine, ips.id, 'ipsOutcome', 'job-coach', { ipsOutcome: 'ended' });
    const done = await fx.engine.getInstance(id);
    expect(done.state).to.equal('completed');
    expectInOrder(
      done.history.map((h) => h.activityId),
      ['socialGateway', 'ipsCall', 'endIps'],
    );
    expect(done.history.map((h) => h.activityId)).to.not.include('consent');
  });
});
