import { expect } from 'chai';
import { AppError } from '../../engine/errors.js';

describe('AppError', () => {
  it('Given a conflict code, When created, Then it carries HTTP status 409 and its details', () => {
    const err = new AppError('conflict', 'task already completed', [{ path: '/version', message: 'stale' }]);
    expect(err.status).to.equal(409);
    expect(err.details).to.deep.equal([{ path: '/version', message: 'stale' }]);
  });
});
