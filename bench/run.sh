#!/bin/sh
# Reproduces BENCHMARKS.md: builds Wenshu (through ./wenshu) and the bench (Maven profile "bench"), then runs every contender
# on every workload and rewrites the results section of BENCHMARKS.md and docs/images/bench-time-per-doc.png.
# Usage: bench/run.sh [BenchMain options, e.g. --quick or --phases warm --workloads example]
# Takes about 10 minutes on 2 cores. Needs soffice (LibreOffice) for the LibreOffice rows.
set -eu
cd "$(dirname "$0")/.."

# The launcher rebuilds target/wenshu-cli.jar and its class-data archive as a user's first run would.
rm -f target/wenshu-cli.jar
./wenshu --help >/dev/null
mvn -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
exec java -Xms1g -Xmx2g -Djava.awt.headless=true \
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dbench.revision="$REV" -cp "$CP" \
    io.github.wenshu.bench.BenchMain --markdown BENCHMARKS.md \
    --plot docs/images/bench-time-per-doc.png "$@"
