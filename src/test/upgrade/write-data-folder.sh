#!/usr/bin/env bash
# Writes the data folder of one release, for UpgradeIT to start today's build on.
#
#   src/test/upgrade/write-data-folder.sh RUNNABLE_JAR OUTPUT_ZIP
#
# RUNNABLE_JAR is that release's target/abhilekh-runnable.jar. The script starts it on an empty folder with the
# seed, adds what the seed lacks (a colleague with a password of their own, an upload in each language, a
# withheld passage with a redacted copy, a comment awaiting moderation), stops it politely and zips two folders:
#   data/      the H2 database, the blobs and the index, exactly as that release left them
#   expected/  what that release answered, as tab-separated lines UpgradeIT compares with today's answers
# Needs curl, jq, zip and a JDK 21+ as JAVA_HOME or on the PATH.
set -euo pipefail

jar=$(realpath "$1")
output=$(realpath -m "$2")
port=${PORT:-18790}
admin_password=integration-test-admin-1
base="http://localhost:$port"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

"$java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
    -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -Dabhilekh.data.dir="$work/data" -Dabhilekh.admin.password="$admin_password" \
    -jar "$jar" --port "$port" > "$work/server.log" 2>&1 &
server=$!

admin=(-s --fail-with-body -u "admin:$admin_password")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do
    kill -0 "$server" 2>/dev/null || { tail -50 "$work/server.log"; exit 1; }
    sleep 2
done

upload() { # file metadata-json -> document id
    curl "${admin[@]}" -F "file=@$1" -F "metadata=$2;type=application/json" "$base/api/documents" | jq -er '.document.id'
}
printf 'Upgrade fixture, English. The zarkovian brick kiln register of Pakur lists wages paid to families.\n' > "$work/english.txt"
printf 'अपग्रेड नमूना। पाकुड़ के ईंट भट्ठों में मजदूरी का रजिस्टर, ग्राम सभा की बैठक में पढ़ा गया। क्वारोलिन\n' > "$work/hindi.txt"
printf 'Debrief after the visit. Meera Toppu, 14, spoke of the kiln at Hiranpur. The kiln owner paid no wages.\n' > "$work/debrief.txt"
printf 'Debrief after the visit. [name withheld], 14, spoke of the kiln at Hiranpur. The kiln owner paid no wages.\n' > "$work/debrief-redacted.txt"
english=$(upload "$work/english.txt" '{"title":"Zarkovian kiln register","type":"research-paper","authors":["Upgrade fixture"],"language":"en","visibility":"public"}')
hindi=$(upload "$work/hindi.txt" '{"title":"क्वारोलिन मजदूरी रजिस्टर","type":"panel-notes","event":"ग्राम सभा, पाकुड़","language":"hi","visibility":"public"}')
debrief=$(upload "$work/debrief.txt" '{"title":"Hiranpur kiln debrief","type":"panel-notes","event":"Hiranpur visit","language":"en","visibility":"public"}')

for id in "$english" "$hindi" "$debrief"; do
    until [ "$(curl "${admin[@]}" "$base/api/jobs?document=$id" | jq -r '.jobs[0].status')" = done ]; do
        sleep 2
    done
done
revision=$(curl "${admin[@]}" "$base/api/documents/$debrief" | jq -er .revision)
curl "${admin[@]}" -X PUT -H 'Content-Type: application/json' -H "If-Match: \"$revision\"" -d '{"passages":["Meera Toppu"]}' \
    "$base/api/documents/$debrief/withheld" > /dev/null
curl "${admin[@]}" -F "file=@$work/debrief-redacted.txt" "$base/api/documents/$debrief/redacted-copy" > /dev/null

one_time=$(curl "${admin[@]}" -X POST -H 'Content-Type: application/json' \
    -d '{"username":"upgrade-editor","displayName":"Upgrade Editor","role":"editor"}' "$base/api/admin/users" | jq -r .oneTimePassword)
curl -s -u "upgrade-editor:$one_time" -X PUT -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"$one_time\",\"newPassword\":\"upgrade-editor-chose-this\"}" "$base/api/account/password" > /dev/null
post=$(curl -s "$base/api/posts?size=1" | jq -r '.posts[0].slug')
curl -s --fail-with-body -X POST -H 'Content-Type: application/json' \
    -d '{"name":"Upgrade reader","email":"reader@example.org","text":"Waiting for moderation across an upgrade."}' \
    "$base/api/posts/$post/comments" > /dev/null

mkdir "$work/expected"
every() { # staff|public -> "kind:id<TAB>title" of every item found by an empty search
    local auth=(); [ "$1" = staff ] && auth=(-u "admin:$admin_password")
    local total; total=$(curl -s "${auth[@]}" "$base/api/search?q=&size=1" | jq .total)
    for ((page = 1; (page - 1) * 100 < total; page++)); do
        curl -s "${auth[@]}" "$base/api/search?q=&size=100&page=$page" | jq -r '.hits[] | "\(.kind):\(.id)\t\(.title)"'
    done | LC_ALL=C sort
}
every staff > "$work/expected/staff-items.tsv"
every public > "$work/expected/public-items.tsv"
grep '^document:' "$work/expected/staff-items.tsv" | cut -f1 | cut -d: -f2 | while read -r id; do
    printf '%s\t%s\n' "$id" "$(curl "${admin[@]}" "$base/api/documents/$id/file" | sha256sum | cut -d' ' -f1)"
done > "$work/expected/originals.tsv"
for query in kiln 'बाल श्रम' zarkovian क्वारोलिन '"Meera Toppu"' Hiranpur mica; do
    for audience in staff public; do
        auth=(); [ "$audience" = staff ] && auth=(-u "admin:$admin_password")
        printf '%s\t%s\t%s\n' "$audience" "$query" "$(curl -s "${auth[@]}" -G --data-urlencode "q=$query" --data-urlencode size=100 \
            "$base/api/search" | jq -r '[.hits[] | "\(.kind):\(.id)"] | sort | join(" ")')"
    done
done > "$work/expected/searches.tsv"
curl -s "$base/api/posts?size=50" | jq -r '.posts[].slug' | while read -r slug; do
    curl -s "$base/api/posts/$slug" | jq -r '"\(.slug)\t\(.commentCount)\t\(.title)"'
done | LC_ALL=C sort > "$work/expected/posts.tsv"
curl "${admin[@]}" "$base/api/presskits" | jq -r '.[] | "\(.slug)\t\(.published)\t\(.entries | length)\t\(.title)"' \
    | LC_ALL=C sort > "$work/expected/kits.tsv"
printf 'admin\t%s\nupgrade-editor\tupgrade-editor-chose-this\n' "$admin_password" > "$work/expected/passwords.tsv"
printf '%s\tMeera Toppu\n' "$debrief" > "$work/expected/withheld.tsv"

kill "$server"
wait "$server" || true
rm -f "$output"
(cd "$work" && zip -qr -9 "$output" data expected)
echo "$output: $(du -h "$output" | cut -f1), $(wc -l < "$work/expected/staff-items.tsv") items for staff"
