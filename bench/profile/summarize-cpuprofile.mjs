// Prints the top functions of a V8 .cpuprofile by self and inclusive time.
//   node summarize-cpuprofile.mjs DIR [COUNT]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, countArg = '30'] = process.argv.slice(2);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const samples = new Map();
for (const id of profile.samples) samples.set(id, (samples.get(id) ?? 0) + 1);
const total = profile.samples.length;
const self = new Map();
const inclusive = new Map();
const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);
for (const [id, n] of samples) {
  add(self, nodes.get(id).callFrame.functionName || '(anonymous)', n);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const name = nodes.get(x).callFrame.functionName;
    if (!seen.has(name)) {
      seen.add(name);
      add(inclusive, name, n);
    }
  }
}
const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg));
const show = (title, map) => {
  console.log(`\n${title} (${total} samples)`);
  for (const [name, n] of top(map)) {
    console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 110)}`);
  }
};
show('self', self);
show('inclusive', inclusive);
