/**
 * Demo users for trying Polku out: one per role, username = role id, one shared password.
 * All names are fictional. Never created when NODE_ENV=production or when any user exists.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../engine/roles.js';
import type { Store } from '../../engine/store/Store.js';
import { hashPassword } from '../../engine/usecases/passwords.js';

/** Fictional display names of the demo users (not real people). */
const DEMO_NAMES: Record<Role, string> = {
  'case-manager': 'Aino Asiakasvastaava (demo)',
  nurse: 'Helmi Hoitaja (demo)',
  doctor: 'Lauri Lääkäri (demo)',
  'social-worker': 'Sanna Sosiaalityöntekijä (demo)',
  kela: 'Kalle Kelalainen (demo)',
  'psychiatric-nurse': 'Pirjo Psykiatrinen (demo)',
  'work-ability-coordinator': 'Kaisa Koordinaattori (demo)',
  'occupational-health': 'Tuomas Työterveys (demo)',
  'job-coach': 'Ville Valmentaja (demo)',
  'rehabilitation-counsellor': 'Riikka Kuntoutusohjaaja (demo)',
  supervisor: 'Seija Esimies (demo)',
  team: 'Tiimi Yhteinen (demo)',
  manager: 'Eeva Esihenkilö (demo)',
  'process-owner': 'Olli Prosessinomistaja (demo)',
  auditor: 'Aarne Auditoija (demo)',
  operations: 'Otto Operaattori (demo)',
  client: 'Matti Meikäläinen (demo)',
  admin: 'Ada Ylläpitäjä (demo)',
};

/** Creates the demo users on an empty store; returns how many were created (0 in production or when users exist). */
export async function seedDemoUsers(store: Store, options: { password: string; production: boolean; now?: Date }): Promise<number> {
  if (options.production || (await store.countUsers()) > 0) return 0;
  const createdAt = (options.now ?? new Date()).toISOString();
  const passwordHash = await hashPassword(options.password);
  for (const role of ROLES) {
    await store.saveUser({ id: randomUUID(), username: role, displayName: DEMO_NAMES[role], roles: [role], passwordHash, createdAt });
  }
  return ROLES.length;
}
