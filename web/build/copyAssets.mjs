#!/usr/bin/env node
// After `tsc -p tsconfig.build.json`: copies the non-TypeScript files the code reads at run time
// (form schemas and messages, BPMN files, fonts) into dist/, beside the compiled modules that
// read them relative to import.meta.url. Run from the project root.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const ROOTS = ['engine', 'forms', 'processes', 'web'];
const SKIP_DIRS = new Set(['node_modules', 'app', 'build']);
const CODE = new Set(['.ts', '.tsx', '.mts', '.cts']);

let copied = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(path);
    } else if (!CODE.has(extname(name)) && !name.endsWith('.d.ts')) {
      cpSync(path, join('dist', path));
      copied++;
    }
  }
}
for (const root of ROOTS) if (existsSync(root)) walk(root);
// Project-level configuration read relative to the compiled code (bpmnlint rules).
for (const file of ['.bpmnlintrc']) {
  if (existsSync(file)) {
    cpSync(file, join('dist', file));
    copied++;
  }
}
console.log(`copied ${copied} asset files into dist/`);
