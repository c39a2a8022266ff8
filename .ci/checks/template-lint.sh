#!/usr/bin/env bash
# CI check: template.yaml passes cfn-lint and the official SAM translator (aws-sam-translator), when this machine has
# them (the dotnet machine kind ships both for Python 3.11; PyPI is not a registry CI can reach, so nothing is
# installed here). The translator needs an S3 CodeUri, as `sam package` would give it, and a region; it runs offline.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

log() { printf '== template-lint: %s\n' "$*" >&2; }

if command -v cfn-lint >/dev/null 2>&1; then
  cfn-lint template.yaml
  log "cfn-lint: no findings"
else
  log "cfn-lint not installed: skipped"
fi

if python3 -c 'import samtranslator' >/dev/null 2>&1; then
  AWS_DEFAULT_REGION=us-east-1 python3 - <<'PY'
import sys
from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

template = yaml_parse(open("template.yaml", encoding="utf-8").read())
template["Globals"]["Function"]["CodeUri"] = "s3://bucket/bootstrap.zip"
try:
    resources = transform(template, {}, None)["Resources"]
except InvalidDocumentException as error:
    for cause in error.causes:
        print(f"SAM translator: {cause.message}", file=sys.stderr)
    sys.exit(1)
print(f"== template-lint: SAM translator: {len(resources)} CloudFormation resources", file=sys.stderr)
PY
else
  log "aws-sam-translator not installed: skipped"
fi
