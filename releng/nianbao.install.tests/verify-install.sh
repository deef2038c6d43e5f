#!/usr/bin/env bash
# Runs the Nianbao plug-ins that the p2 director installed into a bare Eclipse platform, as a user of an
# Eclipse IDE would after Help › Install New Software…:
#   1. the installation lists the Nianbao bundles beside the platform's;
#   2. the command-line auditor's application (nianbao.cli.audit) audits sample 001 and reports the errors
#      its ground truth lists (samples/expected/001_79dfd87bc59a18f9.json: T3-BAL twice, NT-2);
#   3. where there is a display, the workbench application starts in the installation, opens the sample
#      and closes itself (-Dnianbao.startupTimes=true), printing its start-up times.
# Usage: verify-install.sh PLATFORM JAVA SAMPLES
set -euo pipefail
platform="$1" java="$2" samples="$3"
fail() { echo "verify-install: $*" >&2; exit 1; }

bundles="$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in nianbao.cli nianbao.read nianbao.check nianbao.ui nianbao.workspace nianbao.format.ui org.eclipse.xtext; do
  grep -q "^$bundle," "$bundles" || fail "$bundle was not installed into $platform"
done
echo "verify-install: the Nianbao bundles are installed into the platform"

launcher=("$platform"/plugins/org.eclipse.equinox.launcher_*.jar)
sample="$samples/reports/001_79dfd87bc59a18f9.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
"$java" -Dlog4j2.StatusLogger.level=OFF -jar "${launcher[0]}" -nosplash -data "$work/workspace" \
  -application nianbao.cli.audit audit "$sample" > "$work/audit.txt" 2>&1 || status=$?
# exit status 1: the audit found errors
[[ $status -eq 1 ]] || { cat "$work/audit.txt"; fail "the auditor's application ended with status $status, not 1"; }
for rule in T3-BAL NT-2; do
  grep -q " error $rule " "$work/audit.txt" || { cat "$work/audit.txt"; fail "no $rule error for sample 001"; }
done
echo "verify-install: the installed auditor's application audited sample 001 (T3-BAL, NT-2)"

if [[ -z "${DISPLAY:-}" ]]; then
  echo "verify-install: no display; the workbench was not started"
  exit 0
fi
"$java" -Dlog4j2.StatusLogger.level=OFF -Dnianbao.startupTimes=true -jar "${launcher[0]}" -nosplash -nl zh_CN \
  -data "$work/workbench" -application nianbao.ui.workbench "$sample" > "$work/workbench.txt" 2>&1 \
  || { cat "$work/workbench.txt"; fail "the workbench in the installation failed"; }
grep -q "^nianbao:" "$work/workbench.txt" || { cat "$work/workbench.txt"; fail "the workbench did not open the sample"; }
echo "verify-install: the installed workbench opened sample 001: $(grep '^nianbao:' "$work/workbench.txt" | tr '\n' ' ')"
