/** The client's part in the MongoDB database of the main store: four collections of its own. */
import type { Db } from 'mongodb';
import type { ClientConsentAct, ClientFormRecord, ClientLink, ClientPartStore, ClientSignature } from './ClientPartStore.js';

/** The client's part of the store in `db` (the main store's database); `close` closes nothing (the caller owns the client). */
export class MongoClientPartStore implements ClientPartStore {
  constructor(private readonly db: Db) {}

  private get links() {
    return this.db.collection<ClientLink>('client_links');
  }
  private get acts() {
    return this.db.collection<ClientConsentAct & { seq: number }>('client_consent_acts');
  }
  private get signatures() {
    return this.db.collection<ClientSignature & { seq: number }>('client_signatures');
  }
  private get clientForms() {
    return this.db.collection<ClientFormRecord>('client_forms');
  }

  async init(): Promise<void> {
    await this.links.createIndex({ subjectKey: 1, clientRef: 1 }, { unique: true });
    await this.acts.createIndex({ clientRef: 1, seq: 1 });
    await this.signatures.createIndex({ instanceId: 1, seq: 1 });
    await this.clientForms.createIndex({ clientRef: 1, formKey: 1 }, { unique: true });
  }

  async linkClient(link: ClientLink): Promise<void> {
    await this.links.updateOne({ subjectKey: link.subjectKey, clientRef: link.clientRef }, { $setOnInsert: link }, { upsert: true });
  }

  async clientRefsOf(subjectKey: string): Promise<string[]> {
    const rows = await this.links.find({ subjectKey }).sort({ linkedAt: 1, clientRef: 1 }).toArray();
    return rows.map((r) => r.clientRef);
  }

  async appendConsentAct(a: ClientConsentAct): Promise<void> {
    // A time-ordered sequence: the act's time, then a high-resolution counter, keeps acts in the order they were made.
    await this.acts.insertOne({ ...a, seq: Date.now() * 1000 + Number(process.hrtime.bigint() % 1000n) });
  }

  async listConsentActs(clientRef: string): Promise<ClientConsentAct[]> {
    const rows = await this.acts
      .find({ clientRef }, { projection: { _id: 0, seq: 0 } })
      .sort({ seq: 1 })
      .toArray();
    return rows.map(({ clientRef: ref, party, act, at }) => ({ clientRef: ref, party, act, at }));
  }

  async appendSignature(s: ClientSignature): Promise<void> {
    await this.signatures.insertOne({ ...s, seq: Date.now() * 1000 + Number(process.hrtime.bigint() % 1000n) });
  }

  async listSignatures(instanceId: string): Promise<ClientSignature[]> {
    const rows = await this.signatures.find({ instanceId }).sort({ seq: 1 }).toArray();
    return rows.map(({ clientRef, documentHash, subjectKey, signedAt }) => ({ clientRef, instanceId, documentHash, subjectKey, signedAt }));
  }

  async saveClientForm(f: ClientFormRecord): Promise<boolean> {
    const res = await this.clientForms.updateOne(
      { clientRef: f.clientRef, formKey: f.formKey, state: 'draft' },
      { $set: { data: f.data, state: f.state, savedAt: f.savedAt, sentAt: f.sentAt } },
    );
    if (res.matchedCount === 1) return true;
    try {
      await this.clientForms.insertOne({ ...f });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code === 11000) return false; // exists and was sent already
      throw err;
    }
  }

  async getClientForm(clientRef: string, formKey: string): Promise<ClientFormRecord | null> {
    const r = await this.clientForms.findOne({ clientRef, formKey }, { projection: { _id: 0 } });
    return r ? { clientRef, formKey, data: r.data, state: r.state, savedAt: r.savedAt, sentAt: r.sentAt } : null;
  }

  async close(): Promise<void> {}
}
