// The packed tarball installs into a fresh project and works from there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './helpers.mjs';

test('npm pack → npm install → import works, with only the intended files', () => {
  const work = mkdtempSync(join(tmpdir(), 'lesbar-pack-'));
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work],
      { cwd: repoRoot, encoding: 'utf8' }));
    const files = packed[0].files.map((f) => f.path);
    for (const required of ['js/index.js', 'js/index.d.ts', 'dist/lesbar-core.mjs',
      'dist/lesbar-core.wasm', 'bin/lesbar.js', 'README.md', 'THIRD_PARTY.md', 'LICENSE']) {
      assert.ok(files.includes(required), `${required} missing from the package`);
    }
    for (const file of files) {
      assert.ok(!/^(core|tests|scripts|wasm|bench|web-demo)\//.test(file), `${file} should not ship`);
    }
    const project = join(work, 'app');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), '{ "name": "app", "private": true, "type": "module" }');
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(work, tarball)],
      { cwd: project, stdio: 'pipe' });
    writeFileSync(join(project, 'main.mjs'), `
      import { createAnalyzer } from 'lesbar';
      const analyzer = await createAnalyzer();
      const r = analyzer.analyze('Dr. Müller kam am 5. Mai. Er blieb.', { language: 'auto' });
      console.log(JSON.stringify({ language: r.language, sentences: r.sentences.length }));
    `);
    const out = execFileSync(process.execPath, ['main.mjs'], { cwd: project, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { language: 'de', sentences: 2 });
    const cli = execFileSync(join(project, 'node_modules', '.bin', 'lesbar'), ['analyze', '-', '--json'],
      { cwd: project, input: 'Hallo Welt. Wie geht es?', encoding: 'utf8' });
    assert.equal(JSON.parse(cli).sentences.length, 2);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
