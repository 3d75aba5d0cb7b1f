/** Deploys the project's BPMN files at start, when `processes/` provides them. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PolkuEngineApi } from '../engine/api.js';
import type { Logger } from './log.js';

/** `processes/index.ts` loaded lazily: the server runs before that module exists. */
async function processFiles(): Promise<string[]> {
  const specifier = '../processes/index.js';
  try {
    const mod = (await import(specifier)) as { listProcessFiles?: () => string[] };
    return mod.listProcessFiles?.() ?? [];
  } catch {
    return [];
  }
}

/** Deploys every process file; identical XML makes no new version. A broken file is logged, not fatal. */
export async function deployProcessFiles(engine: PolkuEngineApi, logger: Logger): Promise<number> {
  let deployed = 0;
  for (const file of await processFiles()) {
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
