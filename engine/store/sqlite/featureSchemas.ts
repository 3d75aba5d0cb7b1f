/**
 * The tables, indexes and triggers of the store's later features (team meeting figures, caseloads,
 * employer contacts, account changes), created after the core and report schemas, idempotently. One list, so that
 * the store's init and the bulk load of `bench:reports` create the same file.
 */
import { ACCOUNT_CHANGES_SCHEMA_SQL } from './accountChanges.js';
import { CASELOAD_SCHEMA_SQL } from './caseload.js';
import { EMPLOYER_CONTACTS_SCHEMA_SQL } from './employerContacts.js';
import { TEAM_MEETING_SCHEMA_SQL } from './teamMeetings.js';

export const FEATURE_SCHEMA_SQL = [
  TEAM_MEETING_SCHEMA_SQL,
  CASELOAD_SCHEMA_SQL,
  EMPLOYER_CONTACTS_SCHEMA_SQL,
  ACCOUNT_CHANGES_SCHEMA_SQL,
].join('\n');
