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
    # Three caches: with its classes linked ahead of time the JVM loads every class of the cache at start-up, so
    # `--version` and `help`, and `measure` (the calls scripts make hundreds of times) get caches of their own classes
    # only, and the other commands one trained on all of them (cocolaunch_fast_cache picks).
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
