import { expect } from 'chai';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../web/log.js';
import { Metrics } from '../../web/metrics.js';
import { errorHandler } from '../../web/middleware/errors.js';
import { requestId } from '../../web/middleware/requestId.js';

describe('web: unexpected errors', () => {
  it('Given a route that throws a plain Error mentioning a henkilötunnus, When it is called, Then the answer is 500 internal with the request id and no stack, and the log line has the id but not the henkilötunnus', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (l) => lines.push(l));
    const app = express();
    app.use(requestId(logger, new Metrics()));
    app.get('/boom', () => {
      throw new Error('failed for 010190-900P');
    });
    app.use(errorHandler(logger));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
      const body = (await res.json()) as { error: { code: string; message: string } };
      const id = res.headers.get('x-request-id')!;
      expect(res.status).to.equal(500);
      expect(body.error.code).to.equal('internal');
      expect(body.error.message).to.include(id);
      expect(JSON.stringify(body)).to.not.include('010190-900P').and.not.include('errors.test');
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'unhandled error');
      expect(logged).to.include({ requestId: id });
      expect(lines.join('\n')).to.not.include('010190-900P');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
