#!/usr/bin/env node
// Reads the import statements of the API and the portal and counts what the layers forbid:
//   api folder cycles: capability folders of apps/api/src that reach themselves through imports;
//   portal imports against the layers: app → features → shared → ui, never upward;
//   portal imports across features: one feature importing another.
// Prints the three counts and, with --verbose, every offending import. Exits 1 when any is not 0.
// Tests, specs and generated code are left out.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { API_LAYERS, PORTAL_LAYERS } from './layers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const API = join(ROOT, 'apps/api/src');
const PORTAL = join(ROOT, 'apps/portal/src');
const verbose = process.argv.includes('--verbose');

const SKIPPED = /\.(spec|int-spec|live-spec)\.tsx?$|\/(gql|test)\/|\/migrations\//;
const SPECIFIERS =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !SKIPPED.test(path) ? [path] : [];
  });
}

function specifiers(file) {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIERS)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** Where a relative import or a workspace alias lands, as a path under `root`; null for packages. */
function target(file, specifier, root, aliases) {
  for (const [prefix, folder] of aliases) if (specifier.startsWith(prefix)) return join(folder, specifier.slice(prefix.length));
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  return null;
}

/** The API capability a path belongs to: `layer/capability`, or `app` for the composition root and main.ts. */
function apiCapability(path) {
  const [layer, capability] = relative(API, path).split('/');
  if (layer === 'app' || !capability || layer.endsWith('.ts')) return 'app';
  return `${layer}/${capability.replace(/\.(js|ts)$/, '')}`;
}

function apiLayer(capability) {
  return API_LAYERS.indexOf(capability.split('/')[0]);
}

/** Strongly connected components of more than one capability (Tarjan). */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

function api() {
  const graph = new Map();
  const downward = [];
  const aliases = [...API_LAYERS.map((layer) => [`#${layer}/`, join(API, layer)]), ['#app', join(API, 'app')]];
  for (const file of sourceFiles(API)) {
    const from = apiCapability(file);
    for (const specifier of specifiers(file)) {
      const path = target(file, specifier, API, aliases);
      if (!path) continue;
      const to = apiCapability(path);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from).add(to);
      if (apiLayer(to) > apiLayer(from)) downward.push(`${relative(ROOT, file)} imports ${specifier} (${to} is above ${from})`);
    }
  }
  return { cycles: cycles(graph), upward: downward };
}

function portalLayer(path) {
  const [top] = relative(PORTAL, path).split('/');
  return PORTAL_LAYERS.includes(top) ? top : 'app';
}

function portal() {
  const against = [];
  const across = [];
  for (const file of sourceFiles(PORTAL)) {
    const fromLayer = portalLayer(file);
    const fromFeature = fromLayer === 'features' ? relative(PORTAL, file).split('/')[1] : null;
    for (const specifier of specifiers(file)) {
      const path = target(file, specifier, PORTAL, [['@/', PORTAL]]);
      if (!path) continue;
      const toLayer = portalLayer(path);
      const where = `${relative(ROOT, file)} imports ${specifier}`;
      if (PORTAL_LAYERS.indexOf(toLayer) > PORTAL_LAYERS.indexOf(fromLayer) || (fromLayer === 'ui' && toLayer === 'gql'))
        against.push(where);
      const toFeature = toLayer === 'features' ? relative(PORTAL, path).split('/')[1] : null;
      if (fromFeature && toFeature && toFeature !== fromFeature) across.push(where);
    }
  }
  return { against, across };
}

const { cycles: apiCycles, upward } = api();
const { against, across } = portal();
console.log(
  `api folder cycles: ${apiCycles.length}; api imports against the layers: ${upward.length}; portal imports against the layers: ${against.length}; portal imports across features: ${across.length}`,
);
if (verbose) {
  for (const cycle of apiCycles) console.log(`  cycle: ${cycle.join(' ↔ ')}`);
  for (const line of [...upward, ...against, ...across]) console.log(`  ${line}`);
}
process.exitCode = apiCycles.length + upward.length + against.length + across.length > 0 ? 1 : 0;
