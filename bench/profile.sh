#!/bin/sh
# Samples where one contender spends its time: JFR with the "profile" settings on a JVM that makes the
# document N times, then a summary of the execution samples by method.
# Usage: bench/profile.sh CONTENDER WORKLOAD [N]   e.g. bench/profile.sh wenshu-pdf example-x10 20
# Run bench/run.sh --quick (or the two mvn lines in it) once first to build the class path.
set -eu
cd "$(dirname "$0")/.."
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
JFR="target/bench-$1-$2.jfr"
java -Xmx2g -Djava.awt.headless=true \
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -XX:StartFlightRecording=filename="$JFR",settings=profile -cp "$CP" \
    io.github.wenshu.bench.ChildMain loop "$1" "$2" "${3:-20}" 2>&1 | grep -v '^\[' || true
java -cp "$CP" io.github.wenshu.bench.JfrSummary "$JFR" 30
