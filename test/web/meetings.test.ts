/**
 * GET /api/meetings: the coming team meetings for the team's workers. Every odd-week Wednesday
 * slot of the period, free or booked (by pseudonym), the confirmation deadline a week before, the
 * parties ticked; the path link only for those taking part; each booking shown is logged.
 */
import { expect } from 'chai';
import { deployPolkuProcesses } from '../processes/support/steps.js';
import { wednesdayAhead } from '../processes/support/meetingDate.js';
import { startTestServer, type Client, type TestServer } from './support/harness.js';

describe('web: the coming team meetings (GET /api/meetings)', () => {
  let server: TestServer;
  let cm: Client;
  let nurse: Client;
  let manager: Client;
  let pathId: string;
  let clientRef: string;
  const meeting = wednesdayAhead(8);

  before(async () => {
    server = await startTestServer();
    for (const [u, r] of [
      ['cm', 'case-manager'],
      ['nurse', 'nurse'],
      ['manager', 'manager'],
    ] as const)
      await server.addUser(u, [r]);
    await deployPolkuProcesses(server.engine);
    [cm, nurse, manager] = await Promise.all(['cm', 'nurse', 'manager'].map((u) => server.login(u)));
    // Given a case manager who books a team meeting for a client, ticking Kela and social services
    const started = await cm.call('POST', '/api/process-instances', { body: { processKey: 'team-process' } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    pathId = started.body.id;
    clientRef = started.body.clientRef;
    const task = (await cm.call('GET', `/api/tasks?processInstanceId=${pathId}`)).body.items[0];
    const booked = await cm.call('POST', `/api/tasks/${task.id}/complete`, {
      body: {
        data: {
          meetingDate: meeting.toISOString(),
          invitedParties: [
            { party: 'kela', name: 'Kalle Kelalainen (fiktiivinen)' },
            { party: 'social-services', name: 'Sari Sosiaali (fiktiivinen)' },
          ],
        },
      },
    });
    expect(booked.status, JSON.stringify(booked.body)).to.equal(200);
  });
  after(() => server.close());

  it('Given the booking, When the case manager lists the coming meetings, Then every odd-week Wednesday 13:00 is there and the booked one shows the pseudonym, parties without names, the path link and the deadline', async () => {
    const page = await cm.call('GET', '/api/meetings');
    expect(page.status, JSON.stringify(page.body)).to.equal(200);
    const slots = page.body.items as { slot: string; confirmBy: string; bookable: boolean; late: boolean; booking: any }[];
    expect(slots.length).to.be.within(4, 5); // eight weeks: one Wednesday in two
    for (const s of slots) expect(new Date(s.slot).getTime() - new Date(s.confirmBy).getTime()).to.equal(7 * 864e5);
    const mine = slots.find((s) => s.slot === meeting.toISOString());
    expect(mine!.booking).to.deep.include({ clientRef, instanceId: pathId, confirmed: null });
    expect(mine!.booking.parties).to.deep.equal([
      { party: 'kela', confirmed: false },
      { party: 'social-services', confirmed: false },
    ]);
    expect(JSON.stringify(page.body)).not.to.contain('Kelalainen');
    expect(mine).to.include({ bookable: false, late: false });
    expect(slots.filter((s) => !s.booking).every((s) => s.booking === null)).to.equal(true);
  });

  it('Given a nurse not on the path, When she lists the meetings, Then she sees the slot taken by the pseudonym but gets no link; the read is in the client access log', async () => {
    const page = await nurse.call('GET', '/api/meetings');
    expect(page.status).to.equal(200);
    const taken = (page.body.items as { slot: string; booking: any }[]).find((s) => s.slot === meeting.toISOString());
    expect(taken!.booking).to.include({ clientRef, instanceId: null });
    const log = await server.store.listAudit(clientRef);
    expect(log.filter((r) => r.detail === 'team meeting booking').map((r) => [r.role, r.why])).to.deep.include.members([
      ['case-manager', 'started the path'],
      ['nurse', 'team meetings'],
    ]);
  });

  it('Given another client, When the case manager books the same slot or an even-week Wednesday over HTTP, Then 409 and a 400 naming meetingDate in Finnish', async () => {
    const other = (await cm.call('POST', '/api/process-instances', { body: { processKey: 'team-process' } })).body.id as string;
    const task = (await cm.call('GET', `/api/tasks?processInstanceId=${other}`)).body.items[0];
    const taken = await cm.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: { meetingDate: meeting.toISOString() } } });
    expect(taken.status).to.equal(409);
    const even = wednesdayAhead(8, false);
    const refused = await cm.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: { meetingDate: even.toISOString() } } });
    expect(refused.status).to.equal(400);
    expect(refused.body.error.details).to.deep.equal([
      { path: '/meetingDate', message: 'Tiimi kokoontuu parittomien viikkojen keskiviikkoisin.' },
    ]);
  });

  it('Given a booked slot, When another client books the same meeting spelled a millisecond or seconds later, Then 409: the date is normalised to the slot start before the rule and the key', async () => {
    for (const shift of [1, 30_000]) {
      const other = (await cm.call('POST', '/api/process-instances', { body: { processKey: 'team-process' } })).body.id as string;
      const task = (await cm.call('GET', `/api/tasks?processInstanceId=${other}`)).body.items[0];
      const spelled = new Date(meeting.getTime() + shift).toISOString();
      const taken = await cm.call('POST', `/api/tasks/${task.id}/complete`, { body: { data: { meetingDate: spelled } } });
      expect(taken.status, `${spelled}: ${JSON.stringify(taken.body)}`).to.equal(409);
    }
    const listed = await cm.call('GET', '/api/meetings');
    const booked = listed.body.items.filter((m: { booking: unknown }) => m.booking);
    expect(booked.map((m: { slot: string }) => m.slot)).to.deep.equal([meeting.toISOString()]);
  });

  it('Given a manager or a bad period, When the meetings are asked for, Then 403 and 400 naming the field', async () => {
    expect((await manager.call('GET', '/api/meetings')).status).to.equal(403);
    const bad = await cm.call('GET', '/api/meetings?from=2026-12-01&to=2026-11-01');
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details[0].path).to.equal('/to');
    expect((await cm.call('GET', '/api/meetings?from=yesterday')).status).to.equal(400);
  });

  it('Given the confirmation deadline passes unconfirmed, When the meetings are listed, Then the booked slot is marked late', async () => {
    // (the sessions idle out when the clock jumps: sign in again at the new time)
    const jump = meeting.getTime() - Date.now() - 6 * 864e5;
    server.advance(jump);
    try {
      const later = await server.login('cm');
      const page = await later.call('GET', `/api/meetings?from=${encodeURIComponent(new Date(meeting.getTime() - 864e5).toISOString())}`);
      const [first] = page.body.items;
      expect(first).to.include({ slot: meeting.toISOString(), late: true, bookable: false });
    } finally {
      server.advance(-jump);
    }
  });
});
