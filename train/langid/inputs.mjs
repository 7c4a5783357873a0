// The inputs of the language profiles, pinned: which Debian packages the
// training text was read from and a sha256 of the whole text, recorded in
// train/langid/inputs.json. The manual pages and catalogs are those
// installed on the machine, so another set of packages (or another version
// of one) gives other profiles; train-profiles.mjs compares every run with
// the pin and says what differs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const DPKG_INFO = '/var/lib/dpkg/info';

// "package version" of every installed Debian package that owns one of
// `paths` (followed through symbolic links such as alternatives), sorted;
// and the paths no package owns.
export function debianPackages(paths) {
  const owner = new Map();
  if (existsSync(DPKG_INFO)) {
    for (const file of readdirSync(DPKG_INFO)) {
      if (!file.endsWith('.list')) continue;
      const name = file.slice(0, -'.list'.length).replace(/:.*$/, '');
      for (const path of readFileSync(join(DPKG_INFO, file), 'utf8').split('\n')) {
        if (path.includes('/man') || path.includes('/locale/')) owner.set(path, name);
      }
    }
  }
  const versions = new Map();
  const query = spawnSync('dpkg-query', ['-W', '-f', '${Package}\t${Version}\n'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  for (const line of (query.stdout ?? '').split('\n')) {
    const [name, version] = line.split('\t');
    if (name && version) versions.set(name, version);
  }
  const packages = new Set();
  const unowned = [];
  for (const path of paths) {
    let name = owner.get(path);
    if (name === undefined) {
      try {
        name = owner.get(realpathSync(path));
      } catch { /* gone since the test-set builder read it */ }
    }
    if (name === undefined) unowned.push(path);
    else packages.add(`${name} ${versions.get(name) ?? '?'}`);
  }
  return { packages: [...packages].sort(), unowned };
}

// Every path that the installed copies of the pinned packages own, so the
// test-set builder reads the pinned text even on a machine with more
// packages (a version other than the pinned one still shows as a difference).
export function pinnedPaths(pinnedPackages) {
  const names = new Set(pinnedPackages.map((entry) => entry.split(' ')[0]));
  const paths = new Set();
  if (!existsSync(DPKG_INFO)) return paths;
  for (const file of readdirSync(DPKG_INFO)) {
    if (!file.endsWith('.list') || !names.has(file.slice(0, -'.list'.length).replace(/:.*$/, ''))) continue;
    for (const path of readFileSync(join(DPKG_INFO, file), 'utf8').split('\n')) if (path) paths.add(path);
  }
  return paths;
}

// What differs between the pinned inputs and this run's, as lines for a
// warning; [] when the training text is the pinned one.
export function differences(pinned, now) {
  if (pinned.training_text_sha256 === now.training_text_sha256) return [];
  const lines = [`sha256 of the training text ${now.training_text_sha256}, pinned ${pinned.training_text_sha256}`];
  const texts = Object.keys(now.text).filter((tag) => {
    const a = pinned.text?.[tag] ?? {}, b = now.text[tag];
    return ['debian', 'everyday', 'phrases'].some((part) => a[part] !== b[part]);
  }).map((tag) => `${tag} (${['debian', 'everyday', 'phrases'].filter((part) => (pinned.text?.[tag] ?? {})[part] !== now.text[tag][part]).join(', ')})`);
  if (texts.length > 0) lines.push(`text that differs: ${texts.join(', ')}`);
  const nameOf = (entry) => entry.split(' ')[0];
  const pinnedByName = new Map((pinned.packages ?? []).map((entry) => [nameOf(entry), entry]));
  const nowByName = new Map(now.packages.map((entry) => [nameOf(entry), entry]));
  const added = now.packages.filter((entry) => !pinnedByName.has(nameOf(entry)));
  const missing = (pinned.packages ?? []).filter((entry) => !nowByName.has(nameOf(entry)));
  const changed = now.packages.filter((entry) => pinnedByName.has(nameOf(entry)) && pinnedByName.get(nameOf(entry)) !== entry)
    .map((entry) => `${entry} (pinned ${pinnedByName.get(nameOf(entry)).split(' ')[1]})`);
  if (added.length > 0) lines.push(`read here, not pinned: ${added.join(', ')}`);
  if (missing.length > 0) lines.push(`pinned, not read here: ${missing.join(', ')}`);
  if (changed.length > 0) lines.push(`other versions: ${changed.join(', ')}`);
  return lines;
}
