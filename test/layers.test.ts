/**
 * The layer rules of eslint.config.js bite: each import that climbs a layer is an error, and the
 * same file importing downwards is clean. Runs ESLint on text placed at real paths of the tree.
 */
import { expect } from 'chai';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The layer errors ESLint reports for `code` as if it stood at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('layers: lower layers never import higher ones', function () {
  // Loading ESLint and its TypeScript parser takes seconds on a busy machine: once, before the cases.
  this.timeout(60_000);
  before(() => layerErrors('engine/errors.ts', 'export const x = 1;\n'));

  const cases: Array<[string, string, RegExp]> = [
    ['engine/store/sqlite/example.ts', "import { StepRunner } from '../../runtime/StepRunner.js';", /store is below the runtime/],
    ['engine/store/example.ts', "import { listInbox } from '../usecases/inbox.js';", /below the services/],
    ['engine/runtime/example.ts', "import { canRead } from '../policy/index.js';", /below the services/],
    ['engine/timers/example.ts', "import { listInbox } from '../usecases/inbox.js';", /below the services/],
    ['engine/usecases/example.ts', "import { loadConfig } from '../../web/config.js';", /never import web/],
    ['forms/example.ts', "import { createApp } from '../web/app.js';", /never import web/],
    ['web/app/src/features/inbox/example.ts', "import { PolkuEngine } from '../../../../../engine/runtime/PolkuEngine';", /only over HTTP/],
  ];
  for (const [file, code, message] of cases) {
    it(`Given ${file}, When it imports a higher layer (${code.split(' from ')[1]!.replace(';', '')}), Then lint refuses it`, async () => {
      const errors = await layerErrors(file, `${code}\nexport const x = 1;\n`);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(message);
    });
  }

  it('Given the same files, When they import downwards (store types, errors, the shared roles), Then lint is clean', async () => {
    expect(
      await layerErrors('engine/runtime/example.ts', "import type { Store } from '../store/Store.js';\nexport type S = Store;\n"),
    ).to.deep.equal([]);
    expect(
      await layerErrors('engine/policy/example.ts', "import type { Caller } from '../usecases/context.js';\nexport type C = Caller;\n"),
    ).to.deep.equal([]);
    expect(
      await layerErrors(
        'web/app/src/app/example.ts',
        "import { MEETING_ROLES } from '../../../../engine/roles';\nexport const r = MEETING_ROLES;\n",
      ),
    ).to.deep.equal([]);
  });
});
