/** Deploys the project's BPMN files at start, when `processes/` provides them. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PolkuEngineApi } from '../engine/api.js';
import type { Logger } from './log.js';

/** `processes/index.ts` loaded lazily: the server also runs where that module is absent; any other failure is logged. */
async function processFiles(logger: Logger): Promise<string[]> {
  const specifier = '../processes/index.js';
  try {
    const mod = (await import(specifier)) as { listProcessFiles?: () => string[] };
    return mod.listProcessFiles?.() ?? [];
  } catch (err) {
    const absent = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes('processes/index');
    if (!absent) logger.log('error', 'the process files could not be listed', { error: (err as Error).message });
    return [];
  }
}

/** Deploys every process file; identical XML makes no new version. A broken file is logged, not fatal. */
export async function deployProcessFiles(engine: PolkuEngineApi, logger: Logger): Promise<number> {
  let deployed = 0;
  for (const file of await processFiles(logger)) {
    try {
      const views = await engine.deploy(basename(file), await readFile(file, 'utf8'), 'system');
      deployed += views.length;
    } catch (err) {
      const details = (err as { details?: unknown }).details;
      logger.log('error', 'process file not deployed', { file: basename(file), error: (err as Error).message, details });
    }
  }
  return deployed;
}
