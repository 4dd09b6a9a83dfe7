# SPDX-License-Identifier: EPL-2.0
# The fast launch of the headless commands, shared by ./cocolaunch, tests/run and tests/bench. Source it; do not run it.
#
# Headless commands run on a plain class path without the OSGi framework: the engines are plain Java, EMF runs
# standalone (the vendor engines register their packages) and vendor engines are found through
# java.util.ServiceLoader when no extension registry runs. The class path is assembled from the built product
# (product/scripts/CliClassPath.java: org.cocolaunch.cli and what it needs, from the bundles' manifests), and a
# training run over the shipped examples (and the test data or system firmware, where present) leaves the JVM's
# ahead-of-time cache (JDK 25: -XX:AOTCacheOutput; JDK 21-24: a dynamic CDS archive) beside it, so a command starts
# with its classes already loaded and linked. All of it lives in $PRODUCT_TARGET/cli and is made again after every
# product build or with another JDK.

# True when the fast launch in $1 is complete and was made for this JDK ($2), checkout ($3), product build ($4) and
# these scripts. Shell builtins only: it runs before every headless command.
cocolaunch_fast_ready() {
  local dir=$1 jdk=$2 root=$3 stamp=$4 made
  [ -f "$dir/ready" ] && [ -f "$dir/classpath" ] && [ -f "$dir/jvm-options" ] && [ -f "$dir/cache-full" ] && [ -f "$dir/cache-tiny" ] || return 1
  read -r made <"$dir/ready" || return 1
  [ "$made" = "$jdk|$root" ] || return 1
  [ "$dir/ready" -nt "$root/product/scripts/fast-cli.sh" ] && [ "$dir/ready" -nt "$root/product/scripts/CliClassPath.java" ] \
    || return 1
  [ ! -f "$stamp" ] || [ "$dir/ready" -nt "$stamp" ]
}

# The cache for a command word ($1): the JVM maps and loads a whole cache at start-up, so the calls scripts make in
# loops get small ones (tiny: --version and help; lean: those and measure), the other commands the full one.
cocolaunch_fast_cache() {
  case "${1:-}" in
    version | --version | -V | help | --help | -h) FAST_CACHE=tiny ;;
    measure) FAST_CACHE=lean ;;
    *) FAST_CACHE=full ;;
  esac
}

# Makes the fast launch: $1 fast dir, $2 JDK home, $3 checkout root, $4 product folder (…/x86_64). Progress on stderr.
# Concurrent callers wait for one another (flock); the folder is replaced only when complete.
cocolaunch_prepare_fast() {
  local dir=$1 jdk=$2 root=$3 product=$4
  local lock="$dir.lock"
  mkdir -p "$(dirname "$dir")"
  (
    flock 9
    if cocolaunch_fast_ready "$dir" "$jdk" "$root" "$(dirname "$dir")/cocolaunch.built"; then
      exit 0
    fi
    echo "cocolaunch: preparing the fast headless launch (once per build) ..." >&2
    local start=$SECONDS tmp="$dir.new"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    "$jdk/bin/java" -Xshare:auto "$root/product/scripts/CliClassPath.java" "$product/plugins" "$tmp" org.cocolaunch.cli \
      || exit 1
    # The cache names the class path it was made for, so the training run uses the folder's final name.
    rm -rf "$dir"
    mv "$tmp" "$dir"
    sed -i "s#$tmp/#$dir/#g" "$dir/classpath"
    local cp major
    cp=$(cat "$dir/classpath")
    major=$(cocolaunch_java_major "$jdk")
    # Options of every fast launch. measure streams firmware above 64 MiB (ImageBytes), but run, explain and the
    # simulator still take an image of up to 1 GiB whole, so the heap stays near the OSGi launch's; the serial
    # collector starts fastest; no
    # hsperfdata file (jps/jstat would list a command that lasts a fraction of a second; it costs a file per start).
    local base=(-XX:+UseSerialGC -Xmx3g -XX:-UsePerfData -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED)
    mkdir -p "$dir/training"
    cocolaunch_training_commands "$root" "$product" "$dir" >"$dir/training-full.txt"
    local tab=$'\t'
    grep -E "^(--version|help|measure)(${tab}|\$)" "$dir/training-full.txt" >"$dir/training-lean.txt" || true
    grep -E "^(--version|help)(${tab}|\$)" "$dir/training-full.txt" >"$dir/training-tiny.txt" || true
    printf '%s\n' "${base[@]}" >"$dir/jvm-options"
    # Which methods the optimising compiler (C2) takes. In a command of a fraction of a second C2 spent most of its
    # time on the JDK's string, manifest and map code and on the Eclipse libraries, competing with the command for
    # the second core, where the client compiler (C1) serves well enough. C2 keeps the JDK's digests (only C2 has the
    # SHA intrinsics: C1 hashes 1 GiB at 155 MB/s instead of 800), our engines' loops and JNA's calls, so large
    # inputs lose nothing. A per-method node limit C2 cannot meet is how a command-line option says "not C2": C2 gives
    # up at once and the JVM keeps the method with C1 (compiler directives say it directly, but print a line on
    # stdout at every start, and hiding that would hide the JVM's own start-up errors too).
    local not_c2=(-XX:CompileCommand=quiet) pattern
    for pattern in 'java/*.*' 'jdk/*.*' 'sun/nio/*.*' 'sun/util/*.*' 'sun/net/*.*' 'sun/invoke/*.*' 'sun/reflect/*.*' \
        'org/eclipse/*.*' 'org/osgi/*.*'; do
      not_c2+=(-XX:CompileCommand=MaxNodeLimit,"$pattern",10)
    done
    # Three caches: with its classes linked ahead of time the JVM loads every class of the cache at start-up, so
    # `--version` and `help`, and `measure` (the calls scripts make hundreds of times) get caches of their own classes
    # only, and the other commands one trained on all of them (cocolaunch_fast_cache picks).
    local kind
    for kind in tiny lean full; do
      local cache_create cache_use jit=()
      # --version and help hash nothing: the client compiler alone starts them 35-55 ms sooner.
      if [ "$kind" = tiny ]; then
        jit=(-XX:TieredStopAtLevel=1)
      else
        jit=("${not_c2[@]}")
      fi
      if [ "$major" -ge 25 ]; then
        cache_create=(-XX:AOTCacheOutput="$dir/$kind.aot" -Xlog:aot=error -Xlog:cds=error)
        cache_use=(-XX:AOTCache="$dir/$kind.aot" -Xlog:aot=off -Xlog:cds=off)
      else
        cache_create=(-XX:ArchiveClassesAtExit="$dir/$kind.jsa" -Xlog:cds=error)
        cache_use=(-XX:SharedArchiveFile="$dir/$kind.jsa" -Xlog:cds=off)
      fi
      if (cd "$dir/training" && "$jdk/bin/java" "${base[@]}" "${jit[@]}" "${cache_create[@]}" -Dcocolaunch.cwd="$dir/training" \
          -Dcocolaunch.training="$dir/training-$kind.txt" -cp "$cp" org.cocolaunch.cli.CliMain) >"$dir/training-$kind.log" 2>&1; then
        printf '%s\n' "${jit[@]}" "${cache_use[@]}" >"$dir/cache-$kind"
      else
        echo "cocolaunch: the training run failed (see $dir/training-$kind.log); commands start without this cache" >&2
        : >"$dir/cache-$kind" # nor the compiler options: a JVM that refused them must still start commands
      fi
    done
    rm -rf "$dir/training"
    echo "$jdk|$root" >"$dir/ready"
    echo "cocolaunch: fast headless launch ready in $((SECONDS - start)) s" >&2
  ) 9>"$lock"
}

# The training run's commands, one per line, arguments separated by TAB: every command on the shipped examples, and
# measure/run/explain on real firmware where some is at hand (the test data beside the checkout, else the
# distribution's OVMF builds). Inputs that are missing only leave their commands out; the cache then covers less.
cocolaunch_training_commands() {
  local root=$1 product=$2 work=$3 t=$'\t'
  local examples=() ex snp="" tdx="" kernel="" log
  for ex in "$product"/plugins/org.cocolaunch.doc_*/examples/*.cclaunch; do
    [ -f "$ex" ] && examples+=("$ex")
  done
  for f in "$root"/../shared/testdata/firmware/OVMF.amdsev*.fd /usr/share/ovmf/OVMF.amdsev.fd; do
    if [ -f "$f" ]; then snp=$f; break; fi
  done
  for f in "$root"/../shared/testdata/firmware/OVMF.inteltdx*.fd /usr/share/ovmf/OVMF.inteltdx.fd; do
    if [ -f "$f" ]; then tdx=$f; break; fi
  done
  # Any file serves as a kernel and initrd for measuring: only their digests enter the measurement.
  kernel=$(tr ':' '\n' <"$work/classpath" | head -n 1)
  echo "--version"
  echo "help"
  echo "help${t}measure"
  echo "abi"
  for ex in "${examples[@]}"; do
    echo "show${t}$ex"
  done
  if [ ${#examples[@]} -ge 2 ]; then
    echo "diff${t}${examples[0]}${t}${examples[1]}"
  fi
  for log in "$root"/tests/org.cocolaunch.trace.tests/data/*.log; do
    [ -f "$log" ] && echo "import-qemu-trace${t}$log${t}-o${t}$work/training/imported.cclaunch"
  done
  if [ -n "$snp" ]; then
    echo "measure${t}--mode${t}snp${t}--vcpus${t}4${t}--vcpu-type${t}EPYC-v4${t}--ovmf${t}$snp${t}--kernel${t}$kernel${t}--initrd${t}$kernel${t}--append${t}console=ttyS0"
    echo "measure${t}--mode${t}snp${t}--vcpus${t}2${t}--vcpu-type${t}EPYC-Genoa${t}--ovmf${t}$snp${t}--output-format${t}json"
    echo "measure${t}--mode${t}sev${t}--ovmf${t}$snp${t}--kernel${t}$kernel${t}--append${t}console=ttyS0"
    echo "measure${t}--mode${t}seves${t}--vcpus${t}2${t}--ovmf${t}$snp"
    for ex in "${examples[@]}"; do
      case "$ex" in *tdx*) ;; *) echo "run${t}$ex${t}--input${t}firmware=$snp" ;; esac
    done
    echo "explain${t}--expected${t}$(printf '0%.0s' {1..96})${t}--ovmf${t}$snp${t}--max-vcpus${t}1"
  fi
  if [ -n "$tdx" ]; then
    echo "measure${t}--mode${t}tdx${t}--ovmf${t}$tdx${t}--output-format${t}json${t}--kernel${t}$kernel${t}--append${t}console=ttyS0"
    echo "measure${t}--mode${t}tdx${t}--ovmf${t}$tdx"
    for ex in "${examples[@]}"; do
      case "$ex" in *tdx*) echo "run${t}$ex${t}--input${t}firmware=$tdx" ;; esac
    done
  fi
}

# The daemon (org.cocolaunch.cli.daemon.CliDaemon): a warm JVM that runs the headless commands of this build for
# scripts that call ./cocolaunch in loops. Its state file ("port secret pid", this user's only) lives in the fast
# launch's folder, so a rebuild, which replaces the folder, leaves an old daemon unreachable (it then stops itself).

# Connects descriptor 3 to the daemon of fast dir $1 and sets DAEMON_SECRET and DAEMON_PID from its state file.
# Returns 1 when no daemon runs, after removing the state file of one that died without doing so (so later commands
# stop trying it).
cocolaunch_daemon_connect() {
  local state="$1/daemon.state" port words=()
  [ -f "$state" ] && read -r port DAEMON_SECRET DAEMON_PID <"$state" 2>/dev/null || return 1
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null && return 0
  # Nobody listens: unless the process is still a daemon starting up, the file is stale (a zombie has no command
  # line, so a killed daemon that nobody reaped counts as gone).
  mapfile -d '' words 2>/dev/null <"/proc/$DAEMON_PID/cmdline" || true
  [[ " ${words[*]} " == *" org.cocolaunch.cli.daemon.CliDaemon "* ]] || rm -f "$state"
  return 1
}

# Sends a request ($2: status or stop) to the daemon of fast dir $1; prints its one-line answer. Returns 1 when no
# daemon runs, 3 when it is busy with a long command (it takes the request when that command ends).
cocolaunch_daemon_request() {
  local answer
  cocolaunch_daemon_connect "$1" || return 1
  printf '%s\0' "$DAEMON_SECRET" "$2" >&3
  if ! read -r -t 5 answer <&3; then
    exec 3>&-
    echo "$DAEMON_PID"
    return 3
  fi
  exec 3>&-
  [ -n "$answer" ] || return 1
  echo "$answer"
}

# Runs the command whose arguments are in file $2 in the daemon of fast dir $1 and exits with its exit code. Returns
# (nothing ran) when no daemon runs, COCOLAUNCH_DAEMON=0, or the daemon cannot reach this process's outputs.
cocolaunch_via_daemon() {
  local dir=$1 args_file=$2 fd code
  [ "${COCOLAUNCH_DAEMON:-1}" != 0 ] && [ -f "$dir/daemon.state" ] || return 1
  # The daemon opens this process's standard output and error again by their /proc paths: pipes and terminals can be
  # opened so, and files opened for appending (>>); sockets and closed descriptors cannot, and a file opened with >
  # has a write offset the daemon would not share (the script's next write would overwrite its output). Those
  # commands start their own JVM.
  local key value flags
  for fd in 1 2; do
    [ -e "/proc/$$/fd/$fd" ] && [ ! -S "/proc/$$/fd/$fd" ] || return 1
    if [ -f "/proc/$$/fd/$fd" ]; then
      flags=""
      while read -r key value; do
        if [ "$key" = flags: ]; then flags=$value; fi
      done <"/proc/$$/fdinfo/$fd"
      [[ "$flags" =~ ^[0-7]+$ ]] && (((8#$flags & 8#2000) != 0)) || return 1 # O_APPEND
    fi
  done
  cocolaunch_daemon_connect "$dir" || return 1
  # The daemon gets copies of the outputs: while printf writes the request, bash points this process's descriptor 1
  # at the socket, and the daemon, reading the request at once, would find the socket there instead.
  local out err
  exec {out}>&1 {err}>&2
  printf '%s\0' "$DAEMON_SECRET" run "$PWD" "$args_file" "/proc/$$/fd/$out" "/proc/$$/fd/$err" >&3
  if ! read -r code <&3; then
    rm -f "$args_file" # the daemon may have died before reading it: the command line must not outlive the command
    echo "cocolaunch: the daemon (pid $DAEMON_PID) stopped while running the command; its log: $dir/daemon.log" >&2
    exit 1
  fi
  exec 3>&- {out}>&- {err}>&-
  case "$code" in
    '' | *[!0-9]*) return 1 ;; # fallback (or denied): nothing ran, the arguments file is still there
  esac
  exit "$code"
}

# ./cocolaunch daemon start [MINUTES] | stop | status, for fast dir $1 and JDK $2; the rest are the words after
# "daemon".
cocolaunch_daemon() {
  local dir=$1 jdk=$2 verb=${3:-status} state="$1/daemon.state" answer
  case "$verb" in
    start)
      local minutes=${4:-30}
      if ! [[ "$minutes" =~ ^[1-9][0-9]{0,4}$ ]] || [ $# -gt 4 ]; then
        local given
        given=$(printf '%q ' "${@:3}") # quoted as bash would read it back: a byte that is not UTF-8 shows as \NNN
        echo "cocolaunch daemon: usage: ./cocolaunch daemon start [IDLE_MINUTES] (a whole number, 1-99999;" \
          "default 30), not ${given% }" >&2
        return 2
      fi
      local rc=0
      answer=$(cocolaunch_daemon_request "$dir" status) || rc=$?
      case "$rc" in
        0) echo "cocolaunch: a daemon already runs for this build: $answer"; return 0 ;;
        3) echo "cocolaunch: a daemon already runs for this build (pid $answer, busy with a command)"; return 0 ;;
      esac
      if ! command -v setsid >/dev/null; then
        echo "cocolaunch daemon: setsid (util-linux) is missing; install it (apt-get install -y util-linux)" >&2
        return 1
      fi
      rm -f "$state"
      local options=() cache=() cp
      mapfile -t options <"$dir/jvm-options"
      # The full cache's classes; a long-lived JVM keeps the optimising compiler for every method.
      mapfile -t cache < <(grep -v -e '^-XX:CompileCommand' "$dir/cache-full")
      read -r cp <"$dir/classpath"
      (cd "$dir" && setsid -f "$jdk/bin/java" "${options[@]}" "${cache[@]}" -cp "$cp" \
        org.cocolaunch.cli.daemon.CliDaemon "$state" "$minutes" "$dir/training-lean.txt" \
        >"$dir/daemon.log" 2>&1 </dev/null)
      local waited=0
      while [ ! -f "$state" ]; do
        if [ "$waited" -ge 600 ]; then
          echo "cocolaunch: the daemon did not start within 60 s; its log ($dir/daemon.log) ends:" >&2
          tail -n 5 "$dir/daemon.log" >&2
          return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
      done
      answer=$(cocolaunch_daemon_request "$dir" status) || answer="not answering; see $dir/daemon.log"
      echo "cocolaunch: daemon started ($answer); headless commands of this build run in it until it has been" \
        "idle for $minutes min; ./cocolaunch daemon stop ends it, COCOLAUNCH_DAEMON=0 bypasses it"
      ;;
    stop)
      if [ $# -gt 3 ]; then echo "cocolaunch daemon: usage: ./cocolaunch daemon stop" >&2; return 2; fi
      local rc=0
      answer=$(cocolaunch_daemon_request "$dir" stop) || rc=$?
      case "$rc" in
        0) echo "cocolaunch: daemon stopped" ;;
        3) echo "cocolaunch: the daemon (pid $answer) is running a command; it stops when that ends" ;;
        *) echo "cocolaunch: no daemon runs for this build" ;;
      esac
      ;;
    status)
      if [ $# -gt 3 ]; then echo "cocolaunch daemon: usage: ./cocolaunch daemon status" >&2; return 2; fi
      local rc=0
      answer=$(cocolaunch_daemon_request "$dir" status) || rc=$?
      case "$rc" in
        0) echo "cocolaunch: daemon running: $answer" ;;
        3) echo "cocolaunch: daemon running: pid $answer, busy with a command" ;;
        *) echo "cocolaunch: no daemon runs for this build" ;;
      esac
      ;;
    *)
      echo "cocolaunch daemon: usage: ./cocolaunch daemon start [IDLE_MINUTES] | stop | status (not $(printf '%q' "$verb"))" >&2
      return 2
      ;;
  esac
}
