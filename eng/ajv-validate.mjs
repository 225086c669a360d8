// Validates JSON documents against the published schema with Ajv (JSON Schema draft 2020-12),
// a validator that shares no code with the library or with the tests' NJsonSchema.
// Usage: node eng/ajv-validate.mjs <ajv install dir> <schema> <document>...
// Exits 1 when the schema does not compile or a document is invalid, 2 when no document is given.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [ajvDir, schemaPath, ...documents] = process.argv.slice(2);
if (!ajvDir || !schemaPath || documents.length === 0) {
  console.error("usage: node eng/ajv-validate.mjs <ajv install dir> <schema> <document>...");
  process.exit(2);
}
const require = createRequire(path.resolve(ajvDir, "node_modules") + "/");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

// Strict, except for "required" inside "anyOf" branches (a place has both coordinates or neither),
// which names properties the branch itself does not define, as the idiom wants.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let invalid = 0;
for (const file of documents) {
  if (validate(JSON.parse(readFileSync(file, "utf8")))) {
    console.log(`valid: ${file}`);
  } else {
    invalid++;
    console.log(`INVALID: ${file}`);
    for (const e of validate.errors.slice(0, 20)) {
      console.log(`  ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
}
console.log(`${documents.length - invalid} of ${documents.length} documents valid under ${schemaPath}`);
process.exit(invalid === 0 ? 0 : 1);
