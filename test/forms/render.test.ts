import { expect } from 'chai';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import Form from '@rjsf/core';
import { getDefaultRegistry } from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { getForm, listFormKeys } from '../../forms/index.js';
import { createFormValidator } from '../../forms/react/validator.js';
import { ChecklistForm } from '../../forms/react/ChecklistTotals.js';
import { validExamples } from './fixtures/examples.js';

const validator = createFormValidator();
/** The app's theme chooses users and meeting slots with its own widgets; plain RJSF shows the value as text. */
const widgets = { userPicker: getDefaultRegistry().widgets.TextWidget, meetingSlot: getDefaultRegistry().widgets.TextWidget };

/** HTML escapes some characters; compare titles as the HTML shows them. */
const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('rendering the forms with RJSF (server-side, react-dom/server)', () => {
  for (const key of listFormKeys()) {
    it(`Given the ${key} form, When rendered empty and with example data, Then it renders and shows its Finnish titles`, () => {
      const { schema, uiSchema } = getForm(key)!;
      const props = { schema: schema as RJSFSchema, uiSchema: uiSchema as UiSchema, validator, widgets };
      const empty = renderToString(createElement(Form, props));
      const filled = renderToString(createElement(Form, { ...props, formData: validExamples()[key] }));
      const s = schema as { title: string; properties: Record<string, { title?: string }> };
      expect(empty).to.contain(asHtml(s.title));
      for (const prop of Object.values(s.properties)) {
        if (prop.title) expect(empty, prop.title).to.contain(asHtml(prop.title));
      }
      expect(filled.length).to.be.greaterThan(empty.length / 2);
    });
  }

  it('Given the background form, When rendered, Then the Finnish choice labels (ui:enumNames) appear', () => {
    const { schema, uiSchema } = getForm('background')!;
    const html = renderToString(createElement(Form, { schema: schema as RJSFSchema, uiSchema: uiSchema as UiSchema, validator }));
    expect(html).to.contain('Tarvitsen uudelleenkoulutusta uuteen ammattiin');
    expect(html).to.contain('Hoitovastuu lapsista, vanhemmista tai omaisista');
  });

  it('Given checklist data with submitted wrong totals, When the checklist form renders, Then it shows the computed totals', () => {
    const html = renderToString(
      createElement(ChecklistForm, {
        form: getForm('checklist')!,
        initialData: { lifeSituation: { homelessness: true, overIndebtedness: true }, riskTotal: 17, strengthTotal: 5 },
      }),
    );
    expect(html).to.match(/id="root_riskTotal"[^>]*value="2"|value="2"[^>]*id="root_riskTotal"/);
    expect(html).to.match(/id="root_strengthTotal"[^>]*value="0"|value="0"[^>]*id="root_strengthTotal"/);
  });
});
