/**
 * One ajv per kind of input: bodies are checked strictly (no coercion, unknown fields refused),
 * query strings are coerced from text. Keys that could reach an object's prototype are refused
 * at any depth, before ajv sees the value.
 */
import { Ajv, type ErrorObject, type JSONSchemaType } from 'ajv';
import { invalidInput, type ErrorDetail } from '../../engine/errors.js';
import { escapePointer, findForbiddenKeys } from '../../forms/forbiddenKeys.js';

const bodies = new Ajv({ allErrors: true, strict: true });
const queries = new Ajv({ allErrors: true, strict: true, coerceTypes: true });

/** A parser that returns the value typed as T or throws invalid_input with one detail per problem. */
export type Parser<T> = (value: unknown) => T;

/** A parser for JSON bodies of the schema. */
export function bodyParser<T>(schema: JSONSchemaType<T>): Parser<T> {
  return parser(bodies.compile(schema), 'the request body is not valid');
}

/** A parser for query strings of the schema (numbers and booleans coerced from text). */
export function queryParser<T>(schema: JSONSchemaType<T>): Parser<T> {
  return parser(queries.compile(schema), 'the query parameters are not valid');
}

function parser<T>(validate: ((v: unknown) => v is T) & { errors?: ErrorObject[] | null }, message: string): Parser<T> {
  return (value) => {
    const dangerous = forbiddenKeys(value);
    if (dangerous.length) throw invalidInput(message, dangerous);
    // Query objects come without a prototype in express 5; copy so ajv may coerce in place.
    const copy = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : value;
    if (validate(copy)) return copy;
    throw invalidInput(message, toDetails(validate.errors ?? []));
  };
}

/** Every key named __proto__, constructor or prototype, and nesting deeper than any payload goes, as details. */
export function forbiddenKeys(value: unknown): ErrorDetail[] {
  return findForbiddenKeys(value).map(({ path, reason }) => ({
    path,
    message: reason === 'tooDeep' ? 'nested too deeply' : `field "${path.slice(path.lastIndexOf('/') + 1)}" is not allowed`,
  }));
}

/** ajv errors → API details: unknown and missing fields are named in the path. */
export function toDetails(errors: ErrorObject[]): ErrorDetail[] {
  return errors.map((e) => {
    if (e.keyword === 'additionalProperties') {
      const field = String((e.params as { additionalProperty: string }).additionalProperty);
      return { path: `${e.instancePath}/${escapePointer(field)}`, message: `unknown field "${field}"` };
    }
    if (e.keyword === 'required') {
      const field = String((e.params as { missingProperty: string }).missingProperty);
      return { path: `${e.instancePath}/${escapePointer(field)}`, message: `field "${field}" is required` };
    }
    return { path: e.instancePath || '/', message: e.message ?? 'is not valid' };
  });
}
