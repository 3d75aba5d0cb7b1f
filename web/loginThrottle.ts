/**
 * Slows password guessing: after MAX_FAILURES failed logins for one username from one address
 * within the window, further attempts get 429 until the window has passed. The failures live in
 * the store, so the limit holds across restarts and across every server process sharing it.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../engine/errors.js';
import type { AccountStore } from '../engine/store/ports/accounts.js';

const MAX_FAILURES = 5;
/** Failures from one address across all usernames (password spraying). */
const MAX_FAILURES_PER_ADDRESS = 50;
const WINDOW_MS = 15 * 60_000;

/** A store key that names no username or address in clear. */
function hashed(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class LoginThrottle {
  constructor(
    private readonly store: AccountStore,
    private readonly clock: () => number = Date.now,
  ) {}

  private key(username: string, ip: string): string {
    return 'u:' + hashed(`${ip}\u0000${username.toLowerCase()}`);
  }

  private addressKey(ip: string): string {
    return 'a:' + hashed(ip);
  }

  private since(): string {
    return new Date(this.clock() - WINDOW_MS).toISOString();
  }

  /** Throws rate_limited while the username+address, or the whole address, is locked out. */
  async check(username: string, ip: string): Promise<void> {
    const since = this.since();
    const [forUser, forAddress] = await Promise.all([
      this.store.countLoginFailures(this.key(username, ip), since),
      this.store.countLoginFailures(this.addressKey(ip), since),
    ]);
    if (forUser >= MAX_FAILURES || forAddress >= MAX_FAILURES_PER_ADDRESS) {
      throw new AppError('rate_limited', 'too many failed logins; try again later');
    }
  }

  /** Records a failed attempt for the username+address and for the address. */
  async fail(username: string, ip: string): Promise<void> {
    const at = new Date(this.clock()).toISOString();
    const forget = this.since();
    await this.store.recordLoginFailure(this.key(username, ip), at, forget);
    await this.store.recordLoginFailure(this.addressKey(ip), at, forget);
  }

  /** Forgets the username+address failures after a successful login. */
  async succeed(username: string, ip: string): Promise<void> {
    await this.store.clearLoginFailures(this.key(username, ip));
  }
}
