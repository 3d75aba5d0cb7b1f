/** Display names of users for screens that show who did what. */

/** Display names of users for screens that show who did what. */
export interface DisplayNameStore {
  /** Display names of the users among these ids (unknown ids are left out), in one query. */
  listDisplayNames(userIds: string[]): Promise<Map<string, string>>;
}
