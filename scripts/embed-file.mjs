#!/usr/bin/env node
// Writes a C source holding a file's bytes as a 16-byte aligned array, so
// ICU's data can be linked into the wasm module (udata_setCommonData needs
// aligned memory that lives as long as the module).
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, symbol] = process.argv.slice(2);
if (!input || !output || !/^[A-Za-z_]\w*$/.test(symbol ?? '')) {
  console.error('usage: embed-file.mjs INPUT OUTPUT SYMBOL');
  process.exit(2);
}
const bytes = readFileSync(input);
const lines = [];
for (let i = 0; i < bytes.length; i += 24) {
  lines.push(Array.from(bytes.subarray(i, i + 24), (b) => `${b}`).join(','));
}
writeFileSync(
  output,
  `/* Generated from ${input.split('/').pop()} by scripts/embed-file.mjs. */\n` +
    `_Alignas(16) const unsigned char ${symbol}[${bytes.length}] = {\n` +
    `${lines.join(',\n')}\n};\n` +
    `const unsigned long ${symbol}_size = ${bytes.length};\n`,
);
