# Sourced by the acceptance scripts: builds and installs generator-core (offline when the Maven cache
# allows it) and sets $cp to its classes and dependencies, for running acceptance/*.java.
# Usage (from the repository root): . acceptance/core-classpath.sh SCRATCH_DIR
core_scratch="$1"
mvn -B -q -o -pl generator-core -am install -DskipTests -Dschemapojo.fuzz.seconds=0 >/dev/null 2>&1 \
  || mvn -B -q -pl generator-core -am install -DskipTests
mvn -B -q -o -pl generator-core dependency:build-classpath -Dmdep.outputFile="$core_scratch/classpath.txt" >/dev/null 2>&1 \
  || mvn -B -q -pl generator-core dependency:build-classpath -Dmdep.outputFile="$core_scratch/classpath.txt" >/dev/null
cp="$(pwd)/generator-core/target/classes:$(cat "$core_scratch/classpath.txt")"
rm "$core_scratch/classpath.txt"
