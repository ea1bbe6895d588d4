package io.tappass.sandbox.bwrap;

import io.tappass.sandbox.Denial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bubblewrap's kernel enforcement reports nothing to the launcher, so, like nono on Linux without seccomp-notify,
 * this recognises the typical error lines of a denied write in the child's stderr ({@code ...: /path: Read-only file
 * system}). Best-effort: a heuristic, never a security decision.
 */
final class StderrDenials {
    private static final Pattern RO = Pattern.compile("(/[^\\s:'\"`]*)'?:? ?(?:.*?)Read-only file system");

    private StderrDenials() {
    }

    static List<Denial> parse(String stderr) {
        List<Denial> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int lines = 0;
        for (String line : stderr.split("\n")) {
            if (++lines > 10_000 || line.length() > 4096) continue;
            if (!line.contains("Read-only file system")) continue;
            Matcher m = RO.matcher(line);
            if (m.find() && seen.add(m.group(1)))
                out.add(new Denial(Denial.Kind.PATH, m.group(1), "write", "read_only", "write outside the granted paths (from the command's stderr)"));
        }
        return out;
    }
}
