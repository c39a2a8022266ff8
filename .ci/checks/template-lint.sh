#!/usr/bin/env bash
# CI check: template.yaml (the hub) and member.yaml (each member account) pass cfn-lint, and template.yaml the official
# SAM translator (aws-sam-translator), when this machine has them (the dotnet machine kind ships both for Python 3.11;
# PyPI is not a registry CI can reach, so nothing is installed here). The translator needs an S3 CodeUri, as
# `sam package` would give it, and a region; it runs offline. member.yaml is plain CloudFormation (StackSets take no
# transform): the translator must find nothing to translate and give it back unchanged.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

log() { printf '== template-lint: %s\n' "$*" >&2; }

if command -v cfn-lint >/dev/null 2>&1; then
  cfn-lint template.yaml member.yaml
  log "cfn-lint: no findings (template.yaml, member.yaml)"
else
  log "cfn-lint not installed: skipped"
fi

if python3 -c 'import samtranslator' >/dev/null 2>&1; then
  AWS_DEFAULT_REGION=us-east-1 python3 - <<'PY'
import logging
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

# The translator keeps usage metrics it would publish to CloudWatch; nothing publishes them offline, and it says so
# when they are collected. Not a finding.
logging.getLogger("samtranslator.metrics").setLevel(logging.ERROR)
member = yaml_parse(open("member.yaml", encoding="utf-8").read())
if "Transform" in member:
    print("member.yaml: has a Transform; StackSets deploy plain CloudFormation only", file=sys.stderr)
    sys.exit(1)
try:
    translated = transform(dict(member, Transform="AWS::Serverless-2016-10-31"), {}, None)["Resources"]
except InvalidDocumentException as error:
    for cause in error.causes:
        print(f"SAM translator (member.yaml): {cause.message}", file=sys.stderr)
    sys.exit(1)
if set(translated) != set(member["Resources"]):
    print("member.yaml: the SAM translator changed its resources; it must be plain CloudFormation", file=sys.stderr)
    sys.exit(1)
print(f"== template-lint: member.yaml: {len(translated)} CloudFormation resources, nothing to translate", file=sys.stderr)
PY
else
  log "aws-sam-translator not installed: skipped"
fi
