# SPDX-License-Identifier: EPL-2.0
# Shell functions shared by ./cocolaunch, tests/run, .ci/run and product/emf-codegen/regenerate. Source it; do not run it.

# Prints the home of a JDK >= 21: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
# Fails with one clear line when there is none (the Eclipse 2026-09 bundles and the launcher need Java 21).
cocolaunch_find_jdk() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(cocolaunch_java_major "$candidate") || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$version" -ge 21 ]; then
      echo "$candidate"; return 0
    fi
    if [ "$version" -gt "$best_version" ]; then best="$candidate"; best_version=$version; fi
  done
  if [ "$best_version" -ge 21 ]; then echo "$best"; return 0; fi
  echo "cocolaunch: no JDK 21 or newer found (looked at \$JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/*); install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
  return 1
}

# The major version of the JDK at $1 (from its release file, else from `java -version`).
cocolaunch_java_major() {
  local v=""
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  fi
  [ -n "$v" ] && [ "$v" -eq "$v" ] 2>/dev/null && echo "$v"
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
COCOLAUNCH_GUI_PACKAGES=(libgtk-3-0 xvfb xauth metacity x11-utils imagemagick fonts-dejavu-core dbus-x11)
