#!/usr/bin/env bash
# The product archives as a user downloads them:
#   1. the Linux archive unpacked anywhere audits sample 001 with its own start script and nothing but a
#      Java runtime (no Maven, no source tree), under the C locale, from another folder, through a link;
#   2. the Windows and macOS archives hold their start script, their SWT and no other platform's.
# Usage: verify-archives.sh PRODUCTS JAVA_HOME SAMPLES VERSION
set -euo pipefail
products="$1" java_home="$2" samples="$3" version="$4"
fail() { echo "verify-archives: $*" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar xzf "$products/nianbao-auditor-$version-linux.gtk.x86_64.tar.gz" -C "$work"
[[ -x "$work/nianbao-auditor/nianbao" ]] || fail "the Linux archive has no executable nianbao-auditor/nianbao"
mkdir "$work/bin" && ln -s "$work/nianbao-auditor/nianbao" "$work/bin/nianbao"
cp "$samples/reports/001_79dfd87bc59a18f9.txt" "$work/年报.txt"
status=0
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C JAVA_HOME="$java_home" bin/nianbao audit 年报.txt) \
  > "$work/audit.txt" 2>&1 || status=$?
[[ $status -eq 1 ]] && grep -q " error NT-2 " "$work/audit.txt" \
  || { cat "$work/audit.txt"; fail "the unpacked Linux product did not audit sample 001 (exit $status)"; }
echo "verify-archives: the unpacked Linux archive audited sample 001 with its start script"

unzip -Z1 "$products/nianbao-auditor-$version-win32.win32.x86_64.zip" > "$work/win.txt"
tar tzf "$products/nianbao-auditor-$version-macosx.cocoa.aarch64.tar.gz" > "$work/mac.txt"
grep -qx "nianbao-auditor/nianbao.cmd" "$work/win.txt" || fail "the Windows archive has no nianbao.cmd"
grep -q "^nianbao-auditor/plugins/org.eclipse.swt.win32.win32.x86_64_" "$work/win.txt" || fail "the Windows archive has no SWT for Windows"
grep -q "/plugins/org.eclipse.swt.cocoa.macosx.aarch64_" "$work/mac.txt" || fail "the macOS archive has no SWT for macOS"
grep -q "/Contents/Eclipse/nianbao$" "$work/mac.txt" || fail "the macOS archive has no start script"
! grep -q "swt.gtk" "$work/win.txt" "$work/mac.txt" || fail "an archive for Windows or macOS holds SWT for GTK"
echo "verify-archives: the Windows and macOS archives hold their start script and their SWT"
