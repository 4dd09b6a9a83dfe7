# SPDX-License-Identifier: EPL-2.0
# Shell functions shared by ./cocolaunch, tests/run, .ci/run and product/emf-codegen/regenerate. Source it; do not run it.

# Prints the home of a JDK >= 21: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
# Fails with one clear line when there is none (the Eclipse 2026-09 bundles and the launcher need Java 21).
cocolaunch_find_jdk() {
  cocolaunch_select_jdk || return 1
  echo "$COCOLAUNCH_JDK"
}

# As cocolaunch_find_jdk, but sets COCOLAUNCH_JDK instead of printing, without starting a process (./cocolaunch runs
# it before every headless command, and on a busy machine every fork costs tens of milliseconds).
cocolaunch_select_jdk() {
  local candidate best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    cocolaunch_read_java_major "$candidate" || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$COCOLAUNCH_JAVA_MAJOR" -ge 21 ]; then
      COCOLAUNCH_JDK=$candidate; return 0
    fi
    if [ "$COCOLAUNCH_JAVA_MAJOR" -gt "$best_version" ]; then best="$candidate"; best_version=$COCOLAUNCH_JAVA_MAJOR; fi
  done
  if [ "$best_version" -ge 21 ]; then COCOLAUNCH_JDK=$best; return 0; fi
  echo "cocolaunch: no JDK 21 or newer found (looked at \$JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/*); install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
  return 1
}

# The major version of the JDK at $1 (from its release file, else from `java -version`).
cocolaunch_java_major() {
  cocolaunch_read_java_major "$1" && echo "$COCOLAUNCH_JAVA_MAJOR"
}

# Sets COCOLAUNCH_JAVA_MAJOR to the major version of the JDK at $1; reads the release file without a process.
cocolaunch_read_java_major() {
  local line v=""
  if [ -f "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"*) v=${line#JAVA_VERSION=\"}; v=${v%%[!0-9]*}; break ;;
      esac
    done <"$1/release"
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  fi
  [ -n "$v" ] && [ "$v" -eq "$v" ] 2>/dev/null || return 1
  COCOLAUNCH_JAVA_MAJOR=$v
}

# Installs the Debian packages named in "$@" that are missing (root only; otherwise says what to install).
cocolaunch_ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "cocolaunch: missing packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
    return 1
  fi
  echo "cocolaunch: installing ${missing[*]} ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# The packages the build and tests need on a bare Debian machine: gcc builds the fake kernel library of the KVM tests;
# SWT uses GTK 3; the UI tests run under Xvfb with a window manager; python3 runs the TDX tests' independent reference.
COCOLAUNCH_BUILD_PACKAGES=(gcc libc6-dev python3)
COCOLAUNCH_GUI_PACKAGES=(libgtk-3-0 xvfb xauth metacity x11-utils wmctrl imagemagick fonts-dejavu-core dbus-x11)
