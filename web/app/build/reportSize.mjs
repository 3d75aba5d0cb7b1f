#!/usr/bin/env node
// After `vite build`: prints the gzipped size of the JavaScript the inbox loads first (the entry
// chunk and its static imports, from Vite's manifest), against the goal of 100 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = 'dist/app';
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const seen = new Set();
(function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
})(entry);
const files = [...seen].map((key) => manifest[key].file);
const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const js = files.reduce((sum, file) => sum + gzip(file), 0);
const css = [...seen].flatMap((key) => manifest[key].css ?? []).reduce((sum, file) => sum + gzip(file), 0);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`first-load JavaScript of the inbox: ${kb(js)} KB gzip in ${files.length} file(s) (goal ≤ 100 KB); CSS ${kb(css)} KB gzip`);
