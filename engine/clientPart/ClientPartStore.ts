/**
 * What the client's own part keeps beside the paths: which signed-in identity is which client
 * (by a one-way key of the henkilötunnus, never the code itself), the client's own consent acts
 * per party, their signatures of the TTS and their own form answers. A narrow store of its own,
 * with a SQLite and a MongoDB implementation.
 */

/** A signed-in identity linked to a client pseudonym (the paths' `clientRef`). */
export interface ClientLink {
  /** sha256 of the henkilötunnus (see identity.ts); the code itself is never stored. */
  subjectKey: string;
  clientRef: string;
  linkedAt: string;
}

/** The client's own act on consent for one party: given or withdrawn, at a time. */
export interface ClientConsentAct {
  clientRef: string;
  /** A Y100 party id (`kela`, `health-doctor`, …). */
  party: string;
  act: 'give' | 'withdraw';
  at: string;
}

/** The client's electronic signature of one exact version of their TTS. */
export interface ClientSignature {
  clientRef: string;
  instanceId: string;
  /** sha256 of the plan's canonical content that was shown and signed. */
  documentHash: string;
  /** The signer's subject key (from the sign-in), never the henkilötunnus. */
  subjectKey: string;
  signedAt: string;
}

/** The client's own answers to a form of theirs: a draft until sent. */
export interface ClientFormRecord {
  clientRef: string;
  formKey: string;
  data: Record<string, unknown>;
  state: 'draft' | 'sent';
  savedAt: string;
  sentAt: string | null;
}

export interface ClientPartStore {
  /** Creates tables or indexes if missing; safe on every start. */
  init(): Promise<void>;
  /** Links an identity to a client pseudonym; no error when the link exists. */
  linkClient(link: ClientLink): Promise<void>;
  /** The client pseudonyms linked to an identity, oldest link first. */
  clientRefsOf(subjectKey: string): Promise<string[]>;
  /** Appends a consent act; acts are never changed or removed. */
  appendConsentAct(act: ClientConsentAct): Promise<void>;
  /** The consent acts of a client, oldest first. */
  listConsentActs(clientRef: string): Promise<ClientConsentAct[]>;
  /** Appends a signature; signatures are never changed or removed. */
  appendSignature(s: ClientSignature): Promise<void>;
  /** The signatures of a client's path, oldest first. */
  listSignatures(instanceId: string): Promise<ClientSignature[]>;
  /** Saves (replaces) the client's answers to a form; false when they were sent already (a sent form stays as sent). */
  saveClientForm(f: ClientFormRecord): Promise<boolean>;
  /** The client's answers to a form, or null. */
  getClientForm(clientRef: string, formKey: string): Promise<ClientFormRecord | null>;
  /** Releases the connection. */
  close(): Promise<void>;
}
