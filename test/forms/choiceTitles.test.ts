/**
 * Feature: coded choices are shown as words. Every choice of every form has a Finnish title in its
 * uiSchema and an English one in messages/en.json, and choiceTitle gives them for single choices,
 * lists of choices and list rows alike.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { choiceTitle, type ChoiceSchema, type ChoiceUi } from '../../forms/choiceTitles.js';
import { getForm, listFormKeys } from '../../forms/index.js';

const EN = (
  JSON.parse(readFileSync(new URL('../../forms/messages/en.json', import.meta.url), 'utf8')) as { choices: Record<string, string> }
).choices;

type Node = ChoiceSchema & { properties?: Record<string, Node>; items?: Node };
type UiNode = Record<string, unknown> | undefined;

/** Every field with coded choices in a form: its path, schema and uiSchema node. */
function choiceFields(schema: Node, ui: UiNode, path = ''): { path: string; field: Node; ui: ChoiceUi }[] {
  const found: { path: string; field: Node; ui: ChoiceUi }[] = [];
  if (schema.enum || schema.items?.enum) found.push({ path, field: schema, ui: ui as ChoiceUi });
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    found.push(...choiceFields(child, ui?.[key] as UiNode, `${path}/${key}`));
  if (schema.items?.properties) found.push(...choiceFields(schema.items, ui?.items as UiNode, `${path}/items`));
  return found;
}

describe('choice titles (forms/choiceTitles.ts)', () => {
  for (const key of listFormKeys()) {
    it(`Given the ${key} form, Then every coded choice has a Finnish title and an English one, never the code`, () => {
      const { schema, uiSchema } = getForm(key)!;
      for (const { path, field, ui } of choiceFields(schema as Node, uiSchema as UiNode)) {
        const values = (field.enum ?? field.items?.enum ?? []).filter((v) => typeof v === 'string');
        for (const value of values) {
          const fi = choiceTitle(field, ui, value);
          expect(fi, `${key}${path} ${String(value)} in Finnish`).to.not.equal(value);
          expect(EN, `${key}${path} ${String(value)} in English`).to.have.property(String(value));
        }
      }
    });
  }

  it('Given the background form, When the own view and the obstacles are named, Then they read as the form words them', () => {
    const { schema, uiSchema } = getForm('background')!;
    const props = (schema as Node).properties!;
    const ui = uiSchema as Record<string, ChoiceUi>;
    expect(choiceTitle(props.workAbilityOwnView, ui.workAbilityOwnView, 'needs-retraining')).to.equal(
      'Tarvitsen uudelleenkoulutusta uuteen ammattiin',
    );
    expect(choiceTitle(props.obstacles, ui.obstacles, 'care-responsibility')).to.equal('Hoitovastuu lapsista, vanhemmista tai omaisista');
    expect(choiceTitle(props.workAbilityOwnView, ui.workAbilityOwnView, 'needs-retraining', EN)).to.equal(
      'I need retraining for a new occupation',
    );
  });

  it('Given a schema with oneOf titles, Then the oneOf title wins', () => {
    const field = { oneOf: [{ const: 'a', title: 'Aamu' }] };
    expect(choiceTitle(field, undefined, 'a')).to.equal('Aamu');
    expect(choiceTitle(field, undefined, 'b')).to.equal('b');
  });
});
