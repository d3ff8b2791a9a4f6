#!/usr/bin/env bash
# Consumer tests: the library installed into a throw-away local repository (never ~/.m2), then
# small projects under it/ that use it exactly as README.md's "Install" says, each compiling
# annotated types with -Xlint:all -Werror and running the simulator extension and one call of
# each kind. Run from anywhere: bash it/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
repo="$root/target/it-repo"
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
mvn_it() { mvn -B -q -Dmaven.repo.local="$repo" -Dinteractions4j.version="$version" "$@"; }
step() { printf '\n== %s\n' "$*"; }

step "every published module is in the BOM"
missing=0
for module in $(sed -n 's:^    <module>\(.*\)</module>$:\1:p' pom.xml); do
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$module/pom.xml" && continue
  [ "$module" = bom ] && continue
  artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$module/pom.xml" | head -1)
  if ! grep -q "<artifactId>$artifact</artifactId>" bom/pom.xml; then
    echo "bom/pom.xml does not list $artifact (module $module): add it to its dependencyManagement"
    missing=1
  fi
done
[ "$missing" = 0 ] || exit 1
echo "ok"

step "install $version into $repo"
# every module the next step resolves (the sample app depends on adc too); tests ran in
# `mvn -B verify` (test sources are compiled: the simulator's test jar is a dependency), Javadoc is
# checked in the next step
mvn_it install -DskipTests -Dmaven.javadoc.skip=true

step "mvn -B javadoc:javadoc (warnings fail it)"
mvn_it javadoc:javadoc

step "plain Java 17"
mvn_it -f it/java17/pom.xml verify
step "plain Java 17 on the oldest Jackson the README states"
mvn_it -f it/java17/pom.xml -Pjackson-minimum verify
step "plain Java 17 with a jackson-core older than its jackson-databind: one message names the fix"
log="$root/target/it-core-behind.log"
if mvn_it -f it/java17/pom.xml -Pjackson-core-behind verify >"$log" 2>&1; then
  echo "expected the build to fail on jackson-core 3.0.0 beside jackson-databind 3.2"; exit 1
fi
grep -q 'jackson-core 3.0.0 found' "$log" || { echo "no helpful message:"; tail -60 "$log"; exit 1; }
grep -m1 'jackson-core 3.0.0 found' "$log"
step "Spring Boot 3.5 BOM"
mvn_it -f it/spring-boot-3.5/pom.xml verify
step "Spring Boot 3.5 BOM without the README's jackson-annotations line: one message names the fix"
log="$root/target/it-boot35-broken.log"
if mvn_it -f it/spring-boot-3.5/pom.xml -Dwithout-annotations-fix verify >"$log" 2>&1; then
  echo "expected the build to fail on Jackson 2.19's jackson-annotations"; exit 1
fi
grep -q 'jackson-annotations 2.19.2 found' "$log" || { echo "no helpful message:"; tail -60 "$log"; exit 1; }
grep -m1 'jackson-annotations 2.19.2 found' "$log"
step "Spring Boot 4 BOM"
mvn_it -f it/spring-boot-4/pom.xml verify

step "Java 25"
jdk25=""
for home in ${JDK25_HOME:-} /usr/lib/jvm/*25*; do
  if [ -x "$home/bin/javac" ] && "$home/bin/javac" -version 2>&1 | grep -q '^javac 25'; then jdk25=$home; break; fi
done
if [ -n "$jdk25" ]; then
  JAVA_HOME="$jdk25" mvn_it -f it/java25/pom.xml verify
  echo "ok with $jdk25"
else
  echo "skipped: no JDK 25 found (set JDK25_HOME, or install one under /usr/lib/jvm)"
fi
