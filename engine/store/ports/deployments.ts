/** Deployed process definitions: versions per key, looked up by id, key or XML hash. */

export interface DeploymentRecord {
  id: string;
  processKey: string;
  version: number;
  name: string;
  /** sha256 of the deployed XML file; identical XML is not deployed again. */
  xmlHash: string;
  xml: string;
  deployedAt: string;
  deployedBy: string | null;
  /** The deployer's change note (what changed and why), or null. */
  note?: string | null;
}

/** Deployed process definitions: versions per key, looked up by id, key or XML hash. */
export interface DeploymentStore {
  /** Inserts a deployment; throws conflict when (processKey, version) exists already. */
  insertDeployment(d: DeploymentRecord): Promise<void>;
  /** Inserts the deployments of one file in one transaction: all of them or, on any conflict or error, none. */
  insertDeployments(ds: DeploymentRecord[]): Promise<void>;
  /** The deployment of a key at a version, or the latest when version is omitted; null if none. */
  findDeployment(processKey: string, version?: number): Promise<DeploymentRecord | null>;
  /** A deployment by id, or null. */
  getDeployment(id: string): Promise<DeploymentRecord | null>;
  /** All deployments whose XML hashes to this value. */
  findDeploymentsByHash(xmlHash: string): Promise<DeploymentRecord[]>;
  /** Latest of each key, or every version when `all`; ordered by key then version. */
  listDeployments(all: boolean): Promise<DeploymentRecord[]>;
}
