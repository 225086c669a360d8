#!/usr/bin/env bash
# Validates the documents the tests generate against schemas/conflictmodel-1.schema.json with Ajv
# (JSON Schema draft 2020-12), a second validator beside the tests' NJsonSchema.
#
# FormatContractTest writes every document it generates (the schema samples, the Boukamal sample,
# a synthetic dossier) to artifacts/schema-documents/ when it runs, so run the tests first:
#
#   dotnet test tests/ConflictModel.Tests --filter "FullyQualifiedName~FormatContractTest"
#   eng/validate-schema.sh
#
# Ajv is installed with npm into artifacts/ajv on first use. Exits non-zero when a document is
# invalid, the schema does not compile, or there is no document to validate.
set -euo pipefail

cd "$(dirname "$0")/.."
documents=(artifacts/schema-documents/*.json)
if [ ! -e "${documents[0]}" ]; then
  echo "no document in artifacts/schema-documents/: run FormatContractTest first" >&2
  exit 1
fi
if [ ! -d artifacts/ajv/node_modules/ajv ] || [ ! -d artifacts/ajv/node_modules/ajv-formats ]; then
  mkdir -p artifacts/ajv
  npm install --prefix artifacts/ajv --no-audit --no-fund --silent ajv@8 ajv-formats@3
fi
node eng/ajv-validate.mjs artifacts/ajv schemas/conflictmodel-1.schema.json "${documents[@]}"
