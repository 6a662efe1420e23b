# Sourced by the benchmark scripts: a JDK 21+ (JAVA_HOME if new enough, else the newest under /usr/lib/jvm),
# and the java command with the flags Lucene asks for and Payara's start on one thread (as bin/abhilekh-server
# starts it), in the array "java".
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*/ | while read -r jdk; do
        "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && echo "${jdk%/}"; done | tail -1)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector
    -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS)
