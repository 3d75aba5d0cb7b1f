/** The main menu: one line per page, shown to the roles named (none = every signed-in user). */
import { MEETING_ROLES } from '../../../../engine/roles';

export interface NavItem {
  to: string;
  /** Message key of the link text. */
  label: string;
  roles?: string[];
  /** The first page of those of `roles` who do no client work (a manager's reports, a process owner's modeler). */
  home?: boolean;
}

const WORKER_ROLES_EXCLUDED = ['manager', 'process-owner', 'auditor', 'operations', 'admin', 'client'];

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.inbox' },
  { to: '/aloita', label: 'nav.start' },
  {
    to: '/tiimikokoukset',
    label: 'meetings.nav',
    roles: [...MEETING_ROLES],
  },
  { to: '/kayttajat', label: 'admin.nav', roles: ['admin'], home: true },
  { to: '/lokit', label: 'audit.nav', roles: ['auditor'], home: true },
  { to: '/raportit/pysahtyneet', label: 'reports.nav.stalled', roles: ['manager'], home: true },
  { to: '/raportit/lampokartta', label: 'reports.nav.heatmap', roles: ['manager'] },
  { to: '/raportit/ohjaukset', label: 'reports.nav.referrals', roles: ['manager'] },
  { to: '/raportit/myohastyneet', label: 'reports.nav.digest', roles: ['manager'] },
  { to: '/raportit/tyokyky', label: 'workAbility.nav', roles: ['manager', 'process-owner'] },
  { to: '/tyohonvalmennus', label: 'ips.nav', roles: ['job-coach', 'manager', 'process-owner'] },
  { to: '/mallintaja', label: 'modeler.nav', roles: ['process-owner'], home: true },
  { to: '/versiot', label: 'versions.nav', roles: ['process-owner'] },
  { to: '/siirto', label: 'versions.migration.nav', roles: ['process-owner'] },
  { to: '/toiminta', label: 'operations.nav', roles: ['process-owner', 'operations'], home: true },
];

/** The items the user's roles may see; the start page only for those who may work on paths. */
export function navFor(roles: string[]): NavItem[] {
  const worker = isWorker(roles);
  // The inbox and starting paths are for those who work on client paths.
  return NAV_ITEMS.filter((item) => (item.roles ? item.roles.some((r) => roles.includes(r)) : worker));
}

/** Where the user lands: the inbox for workers, else the first `home` page their roles have. */
export function homeFor(roles: string[]): string {
  if (isWorker(roles)) return '/';
  return NAV_ITEMS.find((item) => item.home && item.roles?.some((r) => roles.includes(r)))?.to ?? '/';
}

/** True when the roles include one that works on client paths (not only oversight, accounts or the client). */
export function isWorker(roles: string[]): boolean {
  return roles.some((r) => !WORKER_ROLES_EXCLUDED.includes(r));
}
