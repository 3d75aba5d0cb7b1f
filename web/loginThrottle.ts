/**
 * Slows password guessing without locking out a whole hospital. Three counters in the store (so
 * the limit holds across restarts and every server process sharing it), each over a 15-minute
 * window:
 * - one username from one address: after 5 failures it backs off, 1 min doubling to 15 min;
 * - one username from any address (guessing spread over many addresses): after 20 failures, the
 *   same back-off;
 * - one address across all usernames (password spraying): 500 failures, far above what the staff
 *   behind one hospital NAT mistype, so their colleagues still sign in.
 * A back-off is refused (429) while the key's latest failure is younger than the back-off.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../engine/errors.js';
import type { AccountStore } from '../engine/store/ports/accounts.js';

/** Failures of one username from one address before its back-off starts. */
const MAX_FAILURES = 5;
/** Failures of one username from all addresses before its back-off starts. */
const MAX_FAILURES_PER_ACCOUNT = 20;
/** Failures from one address across all usernames: a whole NAT's typos stay well below it. */
const MAX_FAILURES_PER_ADDRESS = 500;
const WINDOW_MS = 15 * 60_000;
/** The first back-off; it doubles with each further failure, up to the window. */
const FIRST_BACKOFF_MS = 60_000;

/** A store key that names no username or address in clear. */
function hashed(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** How long a key with `failures` (at or over `limit`) waits after its latest failure. */
export function backoffMs(failures: number, limit: number): number {
  return Math.min(WINDOW_MS, FIRST_BACKOFF_MS * 2 ** Math.min(failures - limit, 10));
}

export class LoginThrottle {
  constructor(
    private readonly store: AccountStore,
    private readonly clock: () => number = Date.now,
  ) {}

  private key(username: string, ip: string): string {
    return 'u:' + hashed(`${ip}\u0000${username.toLowerCase()}`);
  }

  private accountKey(username: string): string {
    return 'n:' + hashed(username.toLowerCase());
  }

  private addressKey(ip: string): string {
    return 'a:' + hashed(ip);
  }

  private ago(ms: number): string {
    return new Date(this.clock() - ms).toISOString();
  }

  /** True while the key has `limit` failures in the window and its latest is within its back-off. */
  private async backingOff(key: string, limit: number): Promise<boolean> {
    const failures = await this.store.countLoginFailures(key, this.ago(WINDOW_MS));
    if (failures < limit) return false;
    return (await this.store.countLoginFailures(key, this.ago(backoffMs(failures, limit)))) > 0;
  }

  /** Throws rate_limited while the username+address or the username backs off, or the address is over its limit. */
  async check(username: string, ip: string): Promise<void> {
    const [forUser, forAccount, forAddress] = await Promise.all([
      this.backingOff(this.key(username, ip), MAX_FAILURES),
      this.backingOff(this.accountKey(username), MAX_FAILURES_PER_ACCOUNT),
      this.store.countLoginFailures(this.addressKey(ip), this.ago(WINDOW_MS)),
    ]);
    if (forUser || forAccount || forAddress >= MAX_FAILURES_PER_ADDRESS) {
      throw new AppError('rate_limited', 'too many failed logins; try again later');
    }
  }

  /** Records a failed attempt for the username+address, the username and the address. */
  async fail(username: string, ip: string): Promise<void> {
    const at = new Date(this.clock()).toISOString();
    const forget = this.ago(WINDOW_MS);
    await this.store.recordLoginFailure(this.key(username, ip), at, forget);
    await this.store.recordLoginFailure(this.accountKey(username), at, forget);
    await this.store.recordLoginFailure(this.addressKey(ip), at, forget);
  }

  /** Forgets the username's failures after a successful login. */
  async succeed(username: string, ip: string): Promise<void> {
    await this.store.clearLoginFailures(this.key(username, ip));
    await this.store.clearLoginFailures(this.accountKey(username));
  }
}
