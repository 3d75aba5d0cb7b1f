/** Feature: path 1, from the municipal employment trial into the team (DOMAIN §3), on the real engine and SQLite store. */
import { expect } from 'chai';
import { givenEngine, type EngineFixture } from '../support/engine.js';
import { checkFormData } from '../../forms/index.js';
import { childOf, completeAs, expectInOrder, deployPolkuProcesses, openTasks, pathOf, validFormData } from './support/steps.js';
import { closeAfterFollowUp, holdTeamMeeting } from './support/teamSteps.js';

describe('Feature: referral from the employment trial (referral-trial)', () => {
  let fx: EngineFixture;
  let id: string;

  /** Given a case manager who has filled the checklist and chosen a route. */
  async function givenRoute(route: 'health' | 'consultation' | 'direct', typClient = false) {
    id = (await fx.engine.startInstance({ processKey: 'referral-trial' })).id;
    await completeAs(fx.engine, id, 'checklist', 'case-manager');
    await completeAs(fx.engine, id, 'routeChoice', 'case-manager', { route, typClient });
  }

  /** Given the health route up to the nurse's feedback: consent first, then the background form. */
  async function givenNurseDecision(nurseDecision: string) {
    await givenRoute('health');
    await completeAs(fx.engine, id, 'healthConsent', 'case-manager', { consentGiven: true, parties: ['health-doctor'] });
    await completeAs(fx.engine, id, 'background', 'case-manager', { jointAppointment: true });
    await completeAs(fx.engine, id, 'healthCheck', 'nurse', { nurseDecision });
  }

  /** Given the consultation route up to the experts' outcome in the anonymous child process. */
  async function givenConsultationOutcome(consultationOutcome: string) {
    await givenRoute('consultation');
    const consultation = await childOf(fx.engine, id, 'consultation-hour');
    await completeAs(fx.engine, consultation.id, 'consultationCase', 'case-manager');
    await completeAs(fx.engine, consultation.id, 'consultationOutcome', 'nurse', { consultationOutcome });
    return consultation.id;
  }

  beforeEach(async () => {
    fx = await givenEngine();
    await deployPolkuProcesses(fx.engine);
  });
  afterEach(async () => fx.close());

  it('Given the direct route, When consent is given and TTS §1–8 filled, Then the team process runs and its end ends the referral', async () => {
    await givenRoute('direct');
    expect(await openTasks(fx.engine, id)).to.deep.equal(['consent']);
    await completeAs(fx.engine, id, 'consent', 'case-manager', { consentGiven: true });
    await completeAs(fx.engine, id, 'ttsReferrer', 'case-manager');
    const team = await childOf(fx.engine, id, 'team-process');
    expect(team.clientRef).to.equal((await fx.engine.getInstance(id)).clientRef);
    const meeting = await holdTeamMeeting(fx.engine, team.id);
    await closeAfterFollowUp(fx.engine, team.id, meeting);
    const done = await fx.engine.getInstance(id);
    expect(done.state).to.equal('completed');
    expectInOrder(
      done.history.map((h) => h.activityId),
      ['routeGateway', 'teamMerge', 'typGateway', 'consent', 'consentGateway', 'ttsReferrer', 'teamCall', 'endTeam'],
    );
    expect(done.history.map((h) => h.activityId)).to.not.include.members(['background', 'consultationCall']);
    expect(done.history.find((h) => h.activityId === 'consent')).to.include({ by: 'demo-case-manager' });
    expect(done.variables).to.include({ route: 'direct', consentGiven: true, followUpDecision: 'close' });
  });

  it('Given the direct route, When the client gives no consent, Then the path ends without sharing and no team is called', async () => {
    await givenRoute('direct');
    const done = await completeAs(fx.engine, id, 'consent', 'case-manager', { consentGiven: false });
    expect(done.state).to.equal('completed');
    expect(await pathOf(fx.engine, id))
      .to.include('endNoConsent')
      .and.not.include('ttsReferrer');
    expect(await fx.engine.listInstances({ processKey: 'team-process' })).to.have.length(0);
  });

  it('Given the health route, When the nurse refers to the doctor and the doctor to the team, Then consent is asked next and the feedback waits for the case manager', async () => {
    await givenNurseDecision('doctor');
    const open = await fx.engine.listTasks({ processInstanceId: id, state: 'open' });
    expect(open.find((t) => t.activityId === 'doctorAssessment')).to.include({ formKey: 'doctor-assessment' });
    await completeAs(fx.engine, id, 'doctorAssessment', 'doctor', { doctorDecision: 'team' });
    expect(await openTasks(fx.engine, id)).to.deep.equal(['consent', 'healthFeedback']);
    expectInOrder(await pathOf(fx.engine, id), [
      'healthRouteMerge',
      'healthConsent',
      'healthConsentGateway',
      'background',
      'healthCheck',
      'feedbackSplit',
      'nurseGateway',
      'doctorAssessment',
      'doctorGateway',
      'teamMerge',
      'typGateway',
      'consent',
    ]);
    expect((await fx.engine.getInstance(id)).variables).to.include({ jointAppointment: true });
  });

  for (const nurseDecision of ['doctor', 'other-service', 'none']) {
    it(`Given the health check, When the nurse decides "${nurseDecision}", Then the feedback is a task for the case manager all the same`, async () => {
      await givenNurseDecision(nurseDecision);
      const feedback = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' })).find((t) => t.activityId === 'healthFeedback');
      expect(feedback, 'feedback task').to.include({ formKey: 'health-feedback-received' });
      expect(feedback!.role).to.deep.equal(['case-manager']);
      await completeAs(fx.engine, id, 'healthFeedback', 'case-manager');
      expect(await pathOf(fx.engine, id)).to.include('endFeedbackReceived');
    });
  }

  it('Given the health route, When the client gives no consent, Then the path ends before the background form and nothing reaches the nurse', async () => {
    await givenRoute('health');
    expect(await openTasks(fx.engine, id)).to.deep.equal(['healthConsent']);
    const done = await completeAs(fx.engine, id, 'healthConsent', 'case-manager', { consentGiven: false });
    expect(done.state).to.equal('completed');
    expect((await pathOf(fx.engine, id)).at(-1)).to.equal('endNoHealthConsent');
    expect(await pathOf(fx.engine, id)).to.not.include.members(['background', 'healthCheck']);
  });

  for (const [doctorDecision, end] of [
    ['treatment', 'endTreatment'],
    ['other-service', 'endDoctorOtherService'],
  ]) {
    it(`Given the doctor's assessment, When the doctor decides "${doctorDecision}", Then the path ends at ${end}`, async () => {
      await givenNurseDecision('doctor');
      await completeAs(fx.engine, id, 'healthFeedback', 'case-manager');
      const done = await completeAs(fx.engine, id, 'doctorAssessment', 'doctor', { doctorDecision });
      expect(done.state).to.equal('completed');
      expect((await pathOf(fx.engine, id)).at(-1)).to.equal(end);
    });
  }

  it('Given the health check, When the nurse tries to refer straight to the team, Then the form refuses it: the team is reached through the doctor', async () => {
    await givenRoute('health');
    await completeAs(fx.engine, id, 'healthConsent', 'case-manager', { consentGiven: true, parties: ['health-doctor'] });
    await completeAs(fx.engine, id, 'background', 'case-manager');
    const task = (await fx.engine.listTasks({ processInstanceId: id, state: 'open' })).find((t) => t.activityId === 'healthCheck')!;
    const data = { ...validFormData('health-check-feedback'), nurseDecision: 'team' };
    expect(checkFormData('health-check-feedback', data).map((e) => e.path)).to.deep.equal(['/nurseDecision']);
    expect(task.formKey).to.equal('health-check-feedback');
  });

  for (const route of ['direct', 'consultation'] as const) {
    it(`Given a client who is already a TYP client on the ${route} route, When the path reaches the team, Then it goes to the TYP joint service and no consent or team follows`, async () => {
      await givenRoute(route, true);
      if (route === 'consultation') {
        const consultation = await childOf(fx.engine, id, 'consultation-hour');
        await completeAs(fx.engine, consultation.id, 'consultationCase', 'case-manager');
        await completeAs(fx.engine, consultation.id, 'consultationOutcome', 'nurse', { consultationOutcome: 'team' });
      }
      const done = await fx.engine.getInstance(id);
      expect(done.state).to.equal('completed');
      expectInOrder(
        done.history.map((h) => h.activityId),
        ['teamMerge', 'typGateway', 'endTypClient'],
      );
      expect(done.history.map((h) => h.activityId)).to.not.include('consent');
      expect(await fx.engine.listInstances({ processKey: 'team-process' })).to.have.length(0);
    });
  }

  for (const [nurseDecision, end] of [
    ['other-service', 'endNurseOtherService'],
    ['none', 'endNoFurtherAction'],
  ]) {
    it(`Given the health check, When the nurse decides "${nurseDecision}", Then the path ends at ${end}`, async () => {
      await givenNurseDecision(nurseDecision);
      expect(await pathOf(fx.engine, id)).to.include(end);
      expect((await fx.engine.getInstance(id)).state, 'the feedback task still open').to.equal('running');
      await completeAs(fx.engine, id, 'healthFeedback', 'case-manager');
      expect((await fx.engine.getInstance(id)).state).to.equal('completed');
    });
  }

  it('Given identity data already on the path, When the case goes to the consultation hour, Then only the route reaches the anonymous process and only its outcome comes back', async () => {
    id = (
      await fx.engine.startInstance({
        processKey: 'referral-trial',
        variables: { henkilotunnus: '131052-308T', name: 'Testi Asiakas (fiktiivinen)' },
      })
    ).id;
    await completeAs(fx.engine, id, 'checklist', 'case-manager');
    await completeAs(fx.engine, id, 'routeChoice', 'case-manager', { route: 'consultation' });
    const consultation = await childOf(fx.engine, id, 'consultation-hour');
    expect(Object.keys(consultation.variables).sort()).to.deep.equal(['clientRef', 'route']);
    await completeAs(fx.engine, consultation.id, 'consultationCase', 'case-manager');
    await completeAs(fx.engine, consultation.id, 'consultationOutcome', 'nurse', { consultationOutcome: 'team' });
    const referral = await fx.engine.getInstance(id);
    expect(referral.variables.consultationOutcome).to.equal('team');
    expect(referral.variables).to.not.have.any.keys('question', 'reasons', 'situation', 'notes');
  });

  it('Given the consultation route, When the experts say "team", Then the referral continues to consent', async () => {
    const consultationId = await givenConsultationOutcome('team');
    expect((await fx.engine.getInstance(consultationId)).state).to.equal('completed');
    expect(await openTasks(fx.engine, id)).to.deep.equal(['consent']);
    expectInOrder(await pathOf(fx.engine, id), ['consultationCall', 'consultationGateway', 'teamMerge']);
  });

  it('Given the consultation route, When the experts say "health-route", Then the consent of the health route is next, before the background form', async () => {
    await givenConsultationOutcome('health-route');
    expect(await openTasks(fx.engine, id)).to.deep.equal(['healthConsent']);
    expectInOrder(await pathOf(fx.engine, id), ['consultationGateway', 'healthRouteMerge', 'healthConsent']);
  });

  for (const [consultationOutcome, end] of [
    ['social-services', 'endSocialServices'],
    ['other-service', 'endConsultationOtherService'],
    ['resolved', 'endResolved'],
  ]) {
    it(`Given the consultation route, When the experts say "${consultationOutcome}", Then the path ends at ${end}`, async () => {
      await givenConsultationOutcome(consultationOutcome);
      expect((await fx.engine.getInstance(id)).state).to.equal('completed');
      expect((await pathOf(fx.engine, id)).at(-1)).to.equal(end);
    });
  }

  it('Given the consultation route after the checklist, When the consultation hour starts, Then its variables carry no client identity', async () => {
    await givenRoute('consultation');
    const consultation = await childOf(fx.engine, id, 'consultation-hour');
    const keys = Object.keys(consultation.variables);
    expect(keys).to.not.include.members(['name', 'henkilotunnus', 'client', 'phone', 'email']);
  });
});
