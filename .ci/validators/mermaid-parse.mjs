// Parses every ```mermaid block of Markdown files with Mermaid's own grammar, in Node: jsdom stands in for
// the browser that Mermaid's sanitiser expects. Nothing is laid out or drawn.
// usage: node mermaid-parse.mjs FILE.md...   exit 1 when a diagram does not parse or a file has none
import fs from 'node:fs';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const fence = /^```mermaid\n([\s\S]*?)^```$/gm;
let failures = 0;
let diagrams = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const match of text.matchAll(fence)) {
    diagrams++;
    const line = text.slice(0, match.index).split('\n').length;
    try {
      await mermaid.parse(match[1]);
    } catch (error) {
      failures++;
      console.log(`${file}:${line}: ${String(error.message ?? error).split('\n').slice(0, 3).join(' ')}`);
    }
  }
}
console.log(`Mermaid: ${diagrams} diagrams, ${failures} do not parse`);
process.exit(failures > 0 || diagrams === 0 ? 1 : 0);
