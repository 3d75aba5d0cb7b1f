/** Checks an answer against the schema the OpenAPI document gives for it, so the documented shapes stay true. */
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { anonymous } from './harness.js';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

/** Expects `body` to match `#/components/schemas/<component>` of the server's /api/openapi.json. */
export async function expectDocumentedShape(url: string, component: string, body: unknown): Promise<void> {
  const doc = (await anonymous(url).call('GET', '/api/openapi.json')).body;
  const schema = doc.components.schemas[component];
  expect(schema, `OpenAPI component ${component}`).to.be.an('object');
  const validate = ajv.compile(schema);
  expect(validate(body), `${component}: ${JSON.stringify(validate.errors)}`).to.equal(true);
}
