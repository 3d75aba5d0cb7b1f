/** What the middleware leaves on `res.locals` for the routes. */
import type { Caller } from '../engine/usecases/context.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** Random id of this request, in every log line and 500 answer. */
      requestId: string;
      /** The signed-in user, set by the session middleware. */
      caller?: Caller;
      /** The session's CSRF token. */
      csrfToken?: string;
      /** The raw session id from the cookie. */
      sessionId?: string;
    }
  }
}

export {};
