/** The shapes of a path that the policy's decisions read, apart from the decisions themselves. */
import type { InstanceRecord } from '../store/Store.js';

/** The subset of an instance the decision reads. */
export type PathFacts = Pick<InstanceRecord, 'id' | 'clientRef' | 'state' | 'variables'>;

/** What the family walk needs of a path. */
export type FamilyMember = Pick<InstanceRecord, 'id' | 'parentInstanceId' | 'variables'>;

export interface ConsentStatus {
  status: 'given' | 'declined' | 'none';
  parties: string[];
  recordedAt: string | null;
}
