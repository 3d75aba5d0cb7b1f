/** The client's part in the PostgreSQL database of the main store, over the main store's pool. */
import type pg from 'pg';
import type { ClientConsentAct, ClientFormRecord, ClientLink, ClientPartStore, ClientSignature } from './ClientPartStore.js';

const T = 'TEXT COLLATE "C"';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS client_links (subject_key ${T} NOT NULL, client_ref ${T} NOT NULL, linked_at ${T} NOT NULL,
  PRIMARY KEY (subject_key, client_ref));
CREATE TABLE IF NOT EXISTS client_consent_acts (seq BIGSERIAL PRIMARY KEY, client_ref ${T} NOT NULL, party ${T} NOT NULL,
  act ${T} NOT NULL CHECK (act IN ('give', 'withdraw')), at ${T} NOT NULL);
CREATE INDEX IF NOT EXISTS client_consent_acts_ref ON client_consent_acts (client_ref, seq);
CREATE TABLE IF NOT EXISTS client_signatures (seq BIGSERIAL PRIMARY KEY, client_ref ${T} NOT NULL, instance_id ${T} NOT NULL,
  document_hash ${T} NOT NULL, subject_key ${T} NOT NULL, signed_at ${T} NOT NULL);
CREATE INDEX IF NOT EXISTS client_signatures_instance ON client_signatures (instance_id, seq);
CREATE TABLE IF NOT EXISTS client_forms (client_ref ${T} NOT NULL, form_key ${T} NOT NULL, data TEXT NOT NULL,
  state ${T} NOT NULL CHECK (state IN ('draft', 'sent')), saved_at ${T} NOT NULL, sent_at ${T}, PRIMARY KEY (client_ref, form_key));
`;

type Row = Record<string, string>;

/** The client's part of the store in the database of `pool` (the main store's pool, which the main store closes). */
export class PostgresClientPartStore implements ClientPartStore {
  constructor(private readonly pool: pg.Pool) {}

  async init(): Promise<void> {
    // Processes starting together create the tables once: the advisory lock holds the others until the first commits.
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('polku-client-part:' || current_schema()))`);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  async linkClient(link: ClientLink): Promise<void> {
    await this.pool.query('INSERT INTO client_links (subject_key, client_ref, linked_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      link.subjectKey,
      link.clientRef,
      link.linkedAt,
    ]);
  }

  async clientRefsOf(subjectKey: string): Promise<string[]> {
    const { rows } = await this.pool.query<Row>(
      'SELECT client_ref FROM client_links WHERE subject_key = $1 ORDER BY linked_at, client_ref',
      [subjectKey],
    );
    return rows.map((r) => r.client_ref!);
  }

  async appendConsentAct(a: ClientConsentAct): Promise<void> {
    await this.pool.query('INSERT INTO client_consent_acts (client_ref, party, act, at) VALUES ($1, $2, $3, $4)', [
      a.clientRef,
      a.party,
      a.act,
      a.at,
    ]);
  }

  async listConsentActs(clientRef: string): Promise<ClientConsentAct[]> {
    const { rows } = await this.pool.query<Row>(
      'SELECT client_ref, party, act, at FROM client_consent_acts WHERE client_ref = $1 ORDER BY seq',
      [clientRef],
    );
    return rows.map((r) => ({ clientRef: r.client_ref!, party: r.party!, act: r.act as 'give' | 'withdraw', at: r.at! }));
  }

  async appendSignature(s: ClientSignature): Promise<void> {
    await this.pool.query(
      'INSERT INTO client_signatures (client_ref, instance_id, document_hash, subject_key, signed_at) VALUES ($1, $2, $3, $4, $5)',
      [s.clientRef, s.instanceId, s.documentHash, s.subjectKey, s.signedAt],
    );
  }

  async listSignatures(instanceId: string): Promise<ClientSignature[]> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM client_signatures WHERE instance_id = $1 ORDER BY seq', [instanceId]);
    return rows.map((r) => ({
      clientRef: r.client_ref!,
      instanceId: r.instance_id!,
      documentHash: r.document_hash!,
      subjectKey: r.subject_key!,
      signedAt: r.signed_at!,
    }));
  }

  async saveClientForm(f: ClientFormRecord): Promise<boolean> {
    const res = await this.pool.query(
      `INSERT INTO client_forms (client_ref, form_key, data, state, saved_at, sent_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (client_ref, form_key) DO UPDATE SET data = excluded.data, state = excluded.state, saved_at = excluded.saved_at,
         sent_at = excluded.sent_at WHERE client_forms.state = 'draft'`,
      [f.clientRef, f.formKey, JSON.stringify(f.data), f.state, f.savedAt, f.sentAt],
    );
    return res.rowCount === 1;
  }

  async getClientForm(clientRef: string, formKey: string): Promise<ClientFormRecord | null> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM client_forms WHERE client_ref = $1 AND form_key = $2', [clientRef, formKey]);
    const r = rows[0];
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

  /** The pool is the main store's: closing the main store releases it. */
  async close(): Promise<void> {}
}
