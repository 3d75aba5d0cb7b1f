/** The client's part in the SQLite file of the main store, over a connection of its own (WAL lets both write in turn). */
import Database from 'better-sqlite3';
import type { ClientConsentAct, ClientFormRecord, ClientPartStore, ClientSignature } from './ClientPartStore.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS client_links (subject_key TEXT NOT NULL, client_ref TEXT NOT NULL, linked_at TEXT NOT NULL,
  PRIMARY KEY (subject_key, client_ref));
CREATE TABLE IF NOT EXISTS client_consent_acts (seq INTEGER PRIMARY KEY AUTOINCREMENT, client_ref TEXT NOT NULL, party TEXT NOT NULL,
  act TEXT NOT NULL CHECK (act IN ('give', 'withdraw')), at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS client_consent_acts_ref ON client_consent_acts (client_ref, seq);
CREATE TABLE IF NOT EXISTS client_signatures (seq INTEGER PRIMARY KEY AUTOINCREMENT, client_ref TEXT NOT NULL, instance_id TEXT NOT NULL,
  document_hash TEXT NOT NULL, subject_key TEXT NOT NULL, signed_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS client_signatures_instance ON client_signatures (instance_id, seq);
CREATE TABLE IF NOT EXISTS client_forms (client_ref TEXT NOT NULL, form_key TEXT NOT NULL, data TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'sent')), saved_at TEXT NOT NULL, sent_at TEXT, PRIMARY KEY (client_ref, form_key));
`;

type Row = Record<string, string>;

/** The client's part of the store in the SQLite file `file` (the main store's file). */
export class SqliteClientPartStore implements ClientPartStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
  }

  async init(): Promise<void> {
    this.db.exec(SCHEMA);
  }

  async linkClient(link: { subjectKey: string; clientRef: string; linkedAt: string }): Promise<void> {
    this.db
      .prepare('INSERT INTO client_links (subject_key, client_ref, linked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .run(link.subjectKey, link.clientRef, link.linkedAt);
  }

  async clientRefsOf(subjectKey: string): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT client_ref FROM client_links WHERE subject_key = ? ORDER BY linked_at, client_ref')
      .all(subjectKey);
    return (rows as Row[]).map((r) => r.client_ref!);
  }

  async appendConsentAct(a: ClientConsentAct): Promise<void> {
    this.db
      .prepare('INSERT INTO client_consent_acts (client_ref, party, act, at) VALUES (?, ?, ?, ?)')
      .run(a.clientRef, a.party, a.act, a.at);
  }

  async listConsentActs(clientRef: string): Promise<ClientConsentAct[]> {
    const rows = this.db
      .prepare('SELECT client_ref, party, act, at FROM client_consent_acts WHERE client_ref = ? ORDER BY seq')
      .all(clientRef);
    return (rows as Row[]).map((r) => ({ clientRef: r.client_ref!, party: r.party!, act: r.act as 'give' | 'withdraw', at: r.at! }));
  }

  async appendSignature(s: ClientSignature): Promise<void> {
    this.db
      .prepare('INSERT INTO client_signatures (client_ref, instance_id, document_hash, subject_key, signed_at) VALUES (?, ?, ?, ?, ?)')
      .run(s.clientRef, s.instanceId, s.documentHash, s.subjectKey, s.signedAt);
  }

  async listSignatures(instanceId: string): Promise<ClientSignature[]> {
    const rows = this.db.prepare('SELECT * FROM client_signatures WHERE instance_id = ? ORDER BY seq').all(instanceId);
    return (rows as Row[]).map((r) => ({
      clientRef: r.client_ref!,
      instanceId: r.instance_id!,
      documentHash: r.document_hash!,
      subjectKey: r.subject_key!,
      signedAt: r.signed_at!,
    }));
  }

  async saveClientForm(f: ClientFormRecord): Promise<boolean> {
    const res = this.db
      .prepare(
        `INSERT INTO client_forms (client_ref, form_key, data, state, saved_at, sent_at) VALUES (@clientRef, @formKey, @data, @state, @savedAt, @sentAt)
         ON CONFLICT (client_ref, form_key) DO UPDATE SET data = excluded.data, state = excluded.state, saved_at = excluded.saved_at,
           sent_at = excluded.sent_at WHERE client_forms.state = 'draft'`,
      )
      .run({ ...f, data: JSON.stringify(f.data) });
    return res.changes === 1;
  }

  async getClientForm(clientRef: string, formKey: string): Promise<ClientFormRecord | null> {
    const r = this.db.prepare('SELECT * FROM client_forms WHERE client_ref = ? AND form_key = ?').get(clientRef, formKey) as
      Row | undefined;
    if (!r) return null;
    return {
      clientRef,
      formKey,
      data: JSON.parse(r.data!) as Record<string, unknown>,
      state: r.state as 'draft' | 'sent',
      savedAt: r.saved_at!,
      sentAt: r.sent_at ?? null,
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
