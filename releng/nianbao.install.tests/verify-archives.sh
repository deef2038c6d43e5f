#!/usr/bin/env bash
# The product archives as a user downloads them:
#   1. the Linux archive unpacked anywhere audits sample 001 with its own start script and nothing but a
#      Java runtime (no Maven, no source tree), under the C locale, from another folder, through a link;
#      its first run makes the auditor's class-data-sharing archive in the user's cache, and a run with the
#      archive prints what a run without it prints;
#   2. its "nianbao lsp" speaks LSP on standard input and output: a format file with an unknown row gets
#      its diagnostic before the answer to initialize, and shutdown and exit end the server;
#   3. the Windows and macOS archives hold their start script, their SWT and no other platform's;
#   4. the runner's class path of the Windows archive (cli\classpath.jar, which nianbao.cmd runs it with)
#      names only jars that are there, none of them signed but a security provider's, and audits sample 001
#      run by java as nianbao.cmd runs it, from a folder whose name has a space.
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
archives=("$work"/.cache/nianbao/cds/*)
[[ -f "${archives[0]}" ]] || fail "the first run made no class-data-sharing archive or AOT cache in ~/.cache/nianbao/cds"
status=0
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C JAVA_HOME="$java_home" NIANBAO_CDS=0 bin/nianbao audit 年报.txt) \
  > "$work/audit-without.txt" 2>&1 || status=$?
[[ $status -eq 1 ]] && cmp -s "$work/audit.txt" "$work/audit-without.txt" \
  || { diff "$work/audit.txt" "$work/audit-without.txt"; fail "a run without the class-data-sharing archive printed otherwise"; }
echo "verify-archives: the first run made the auditor's class-data-sharing archive; without it, the same findings"

# LSP frames a JSON-RPC message with its length in bytes
frame() { printf 'Content-Length: %d\r\n\r\n%s' "$(printf '%s' "$1" | wc -c)" "$1"; }
mkdir "$work/formats"
printf 'format "本地" basedOn "2021" {\n    years 2023..\n    rule L-1 error "m" : 表三.新收x[总计] >= 0\n}\n' \
  > "$work/formats/local.nbformat"
root="file://$work/formats"
# as an editor does: the server's input is a pipe that stays open; the first message is initialize, and the
# others follow its answer
mkfifo "$work/lsp.in"
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C JAVA_HOME="$java_home" timeout 120 bin/nianbao lsp \
  < "$work/lsp.in" > "$work/lsp.txt" 2> "$work/lsp-err.txt"; echo $? > "$work/lsp.status") &
exec 3> "$work/lsp.in"
frame '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"'"$root"'","capabilities":{"workspace":{"workspaceFolders":true}},"workspaceFolders":[{"uri":"'"$root"'","name":"formats"}]}}' >&3
for _ in $(seq 120); do grep -q '"id":1,"result"' "$work/lsp.txt" && break; sleep 1; done
frame '{"jsonrpc":"2.0","method":"initialized","params":{}}' >&3
frame '{"jsonrpc":"2.0","id":2,"method":"shutdown"}' >&3
for _ in $(seq 60); do grep -q '"id":2,"result"' "$work/lsp.txt" && break; sleep 1; done
frame '{"jsonrpc":"2.0","method":"exit"}' >&3
exec 3>&-
wait
status="$(cat "$work/lsp.status")"
[[ $status -eq 0 ]] && grep -q '"uri":"'"$root"'/local.nbformat","diagnostics":\[{' "$work/lsp.txt" \
  && grep -q '"id":1,"result":{"capabilities"' "$work/lsp.txt" && grep -q '"id":2,"result"' "$work/lsp.txt" \
  || { cat "$work/lsp.txt" "$work/lsp-err.txt"; fail "nianbao lsp did not answer over standard input and output (exit $status)"; }
echo "verify-archives: nianbao lsp reported the unknown row of a format file over LSP and ended on exit"

unzip -Z1 "$products/nianbao-auditor-$version-win32.win32.x86_64.zip" > "$work/win.txt"
tar tzf "$products/nianbao-auditor-$version-macosx.cocoa.aarch64.tar.gz" > "$work/mac.txt"
grep -qx "nianbao-auditor/nianbao.cmd" "$work/win.txt" || fail "the Windows archive has no nianbao.cmd"
grep -q "^nianbao-auditor/plugins/org.eclipse.swt.win32.win32.x86_64_" "$work/win.txt" || fail "the Windows archive has no SWT for Windows"
grep -q "/plugins/org.eclipse.swt.cocoa.macosx.aarch64_" "$work/mac.txt" || fail "the macOS archive has no SWT for macOS"
grep -q "/Contents/Eclipse/nianbao$" "$work/mac.txt" || fail "the macOS archive has no start script"
! grep -q "swt.gtk" "$work/win.txt" "$work/mac.txt" || fail "an archive for Windows or macOS holds SWT for GTK"
echo "verify-archives: the Windows and macOS archives hold their start script and their SWT"

# the jars a manifest's Class-Path names (lines that start with a space continue the line before)
class_path() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | sed -n 's/^Class-Path: //p' | tr ' ' '\n'
}
windows="$work/win dows"
mkdir "$windows"
unzip -q "$products/nianbao-auditor-$version-win32.win32.x86_64.zip" -d "$windows"
cli="$windows/nianbao-auditor/cli"
entries=0
while IFS= read -r entry; do
  [[ -f "$cli/$entry" ]] || fail "the Windows archive's cli/classpath.jar names $entry, which is not there"
  if unzip -Z1 "$cli/$entry" | grep -qiE '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' \
    && ! unzip -Z1 "$cli/$entry" | grep -qx 'META-INF/services/java.security.Provider'; then
    fail "the Windows archive's runner class path holds the signed jar $entry"
  fi
  entries=$((entries + 1))
done < <(class_path "$cli/classpath.jar")
(( entries > 0 )) || fail "the Windows archive's cli/classpath.jar names no jar"
status=0
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$java_home/bin/java" -Dlog4j2.StatusLogger.level=OFF \
  -cp "$cli/classpath.jar" nianbao.cli.Main audit 年报.txt) > "$work/audit-win.txt" 2>&1 || status=$?
[[ $status -eq 1 ]] && grep -q " error NT-2 " "$work/audit-win.txt" \
  || { cat "$work/audit-win.txt"; fail "the Windows archive's runner class path did not audit sample 001 (exit $status)"; }
grep -q "/Contents/Eclipse/cli/classpath.jar$" "$work/mac.txt" || fail "the macOS archive has no cli/classpath.jar"
echo "verify-archives: the Windows archive's runner class path ($entries jars) audited sample 001 from a folder with a space"
