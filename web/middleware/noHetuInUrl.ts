/** A henkilötunnus never travels in a URL (it would reach proxies, histories and logs): such a request is refused. */
import type { RequestHandler } from 'express';
import { AppError } from '../../engine/errors.js';
import { hasHetu } from '../log.js';

/** 400 for any path or query that carries something shaped like a henkilötunnus; the answer does not echo it. */
export const noHetuInUrl: RequestHandler = (req, _res, next) => {
  let url = req.originalUrl;
  try {
    url = decodeURIComponent(url);
  } catch {
    // A malformed escape is checked as sent.
  }
  next(hasHetu(url) ? new AppError('invalid_input', 'a personal identity code does not belong in a URL') : undefined);
};
