// Validates CPSV-AP JSON-LD documents against the official CPSV-AP 3.2 SHACL shapes.
// Usage: node validate.mjs EXPECTED_ITEMS FILE.jsonld   (prints one line; exit 0 when it conforms with zero results
// and holds exactly EXPECTED_ITEMS cpsv:PublicService nodes, 1 otherwise)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import N3 from 'n3';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';

const here = path.dirname(fileURLToPath(import.meta.url));
const [expected, file] = process.argv.slice(2);

// No remote context: the export inlines its own, and anything else is refused.
const documentLoader = async (url) => {
  throw new Error(`remote document refused: ${url}`);
};

function parseTurtle(text) {
  return rdf.dataset(new N3.Parser({ format: 'Turtle' }).parse(text));
}

async function main() {
  const shapes = parseTurtle(fs.readFileSync(path.join(here, 'cpsv-ap-SHACL.ttl'), 'utf8'));
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader, safe: true });
  const data = rdf.dataset(new N3.Parser({ format: 'N-Quads' }).parse(nquads));
  const services = [...data.match(null, rdf.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), rdf.namedNode('http://purl.org/vocab/cpsv#PublicService'))].length;
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  const problems = [];
  if (!report.conforms || report.results.length > 0) {
    for (const r of report.results) {
      problems.push(`${r.severity?.value?.replace(/.*#/, '')} ${r.path?.value ?? ''} on ${r.focusNode?.value}: ${r.message.map((m) => m.value).join('; ')} (${r.sourceConstraintComponent?.value?.replace(/.*#/, '')})`);
    }
  }
  if (services !== Number(expected)) {
    problems.push(`${services} cpsv:PublicService, expected ${expected}`);
  }
  if (problems.length === 0) {
    console.log(`ok   ${file}: conforms, ${services} cpsv:PublicService, ${data.size} triples`);
    return 0;
  }
  console.log(`FAIL ${file}: ${report.results.length} SHACL result(s), ${services} cpsv:PublicService (expected ${expected})`);
  for (const p of problems) console.log(`     | ${p}`);
  return 1;
}

main().then((code) => process.exit(code), (error) => {
  console.log(`FAIL ${file}: ${error.message}`);
  process.exit(1);
});
