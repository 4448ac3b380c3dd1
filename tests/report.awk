# Reads .trx files and prints each failing test: its reason, then its output (the server log it caused);
# then one line per failing test. Passing tests print nothing.
function unescape(s) {
    gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "'", s)
    gsub(/&#xD;/, "", s); gsub(/&#xA;/, "\n", s); gsub(/&#x9;/, "\t", s); gsub(/&amp;/, "\\&", s)
    return s
}
function indent(s) { gsub(/\n/, "\n    ", s); return "    " s }
function text_of(tag,    out, rest) {
    # Everything between <tag> and </tag>, starting on the current line and reading on as needed.
    rest = $0
    sub(".*<" tag ">", "", rest)
    out = ""
    while (index(rest, "</" tag ">") == 0) {
        out = out rest "\n"
        if ((getline rest) <= 0) { break }
    }
    sub("</" tag ">.*", "", rest)
    return unescape(out rest)
}
/<UnitTestResult / {
    failed = ($0 ~ / outcome="Failed"/)
    name = $0; sub(/.* testName="/, "", name); sub(/".*/, "", name); name = unescape(name)
    message = ""; stack = ""; output = ""
}
failed && /<StdOut>/ { output = text_of("StdOut") }
failed && /<Message>/ { message = text_of("Message") }
failed && /<StackTrace>/ { stack = text_of("StackTrace") }
failed && /<\/UnitTestResult>/ {
    count++
    reason = message; sub(/\n.*/, "", reason)
    lines[count] = "FAILED " name ": " reason
    print "=== " name
    print indent(message)
    if (stack != "") { print indent(stack) }
    if (output != "") { print indent(output) }
    print ""
    failed = 0
}
END { for (i = 1; i <= count; i++) { print lines[i] } }
