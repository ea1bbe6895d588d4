#!/bin/sh
# Runs the tappass-client JMH benchmarks (not part of `mvn test`). Usage, from the repository root:
#   tappass-client/src/test/bench/run-bench.sh                 # all benchmarks
#   tappass-client/src/test/bench/run-bench.sh ClientBench     # JMH args (regex, -f, -wi, -rf json ...)
#   tappass-client/src/test/bench/run-bench.sh --interleaved [rounds]   # raw vs governed, interleaved batches
set -e
cd "$(dirname "$0")/../../../.."
# the annotation processor only runs on a fresh test compile
rm -rf tappass-client/target/test-classes
mvn -q -pl tappass-client -am -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/tappass-client/target/bench.classpath"
CP="tappass-client/target/test-classes:tappass-client/target/classes:$(cat tappass-client/target/bench.classpath)"
if [ "$1" = "--interleaved" ]; then
    shift
    exec java -cp "$CP" io.tappass.client.bench.InterleavedClientBench "$@"
fi
exec java -cp "$CP" org.openjdk.jmh.Main "${@:-io.tappass.client.bench}"
