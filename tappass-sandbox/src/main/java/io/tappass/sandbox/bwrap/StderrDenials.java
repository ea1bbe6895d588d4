package io.tappass.sandbox.bwrap;

import io.tappass.sandbox.Denial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bubblewrap's kernel enforcement reports nothing to the launcher, so, like nono on Linux without seccomp-notify,
 * this recognises the typical error line of a denied write in the child's stderr
 * ({@code sh: cannot create /x/f: Read-only file system}, {@code touch: cannot touch '/x/f': Read-only file system}).
 * Best-effort and linear-time: a hint for the operator, never a security decision.
 */
final class StderrDenials {
    private static final String MARK = ": Read-only file system";

    private StderrDenials() {
    }

    static List<Denial> parse(String stderr) {
        List<Denial> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int lines = 0;
        for (String line : stderr.split("\n")) {
            if (++lines > 10_000) break;
            int m = line.indexOf(MARK);
            if (m <= 0) continue;
            int end = m;
            if (end > 0 && "'\"’`".indexOf(line.charAt(end - 1)) >= 0) end--;
            int start = end;
            while (start > 0 && !Character.isWhitespace(line.charAt(start - 1)) && "'\"‘`".indexOf(line.charAt(start - 1)) < 0) start--;
            String path = line.substring(start, end);
            if (path.startsWith("/") && seen.add(path))
                out.add(new Denial(Denial.Kind.PATH, path, "write", "read_only", "write outside the granted paths (from the command's stderr)"));
        }
        return out;
    }
}
