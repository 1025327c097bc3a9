package dev.stacklint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --diff}: a unified diff of one file, as {@code git diff} writes it ({@code a/} and {@code b/} prefixes,
 * three lines of context, {@code /dev/null} for a new file), so that {@code git apply} takes it. Lines are split at
 * {@code \n} only, so a CRLF file's lines keep their {@code \r}.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} (empty for a new file) to {@code after}; empty when they are equal. */
    public static String of(String path, Optional<String> before, String after) {
        List<String> a = lines(before.orElse(""));
        List<String> b = lines(after);
        List<Op> ops = diff(a, b);
        if (ops.stream().allMatch(o -> o.kind == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before.isPresent() ? "a/" + path : "/dev/null").append('\n');
        out.append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            // extend the hunk while the next change is within two contexts of the last one
            int last = i;
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).kind != ' ') {
                    if (j - last > 2 * CONTEXT) {
                        break;
                    }
                    last = j;
                }
            }
            int to = Math.min(ops.size(), last + 1 + CONTEXT);
            hunk(out, ops.subList(from, to));
            i = to;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops) {
        int aStart = ops.get(0).aLine;
        int bStart = ops.get(0).bLine;
        int aCount = (int) ops.stream().filter(o -> o.kind != '+').count();
        int bCount = (int) ops.stream().filter(o -> o.kind != '-').count();
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (Op o : ops) {
            String line = o.text;
            boolean newline = line.endsWith("\n");
            out.append(o.kind).append(newline ? line.substring(0, line.length() - 1) : line).append('\n');
            if (!newline) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    /** {@code start,count}, 1-based; an empty range is written as the line before it. */
    private static String range(int zeroBasedStart, int count) {
        int start = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * One line of the edit script; {@code aLine}/{@code bLine} are the 0-based lines of both sides at this point.
     */
    private record Op(char kind, String text, int aLine, int bLine) {
    }

    /** Myers' shortest edit script, with the common start and end taken off first (fixes change few lines). */
    private static List<Op> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(' ', a.get(i), i, i));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, prefix, ops);
        for (int k = suffix; k > 0; k--) {
            int ai = a.size() - k;
            int bi = b.size() - k;
            ops.add(new Op(' ', a.get(ai), ai, bi));
        }
        return ops;
    }

    private static void middle(List<String> a, List<String> b, int aOffset, int bOffset, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d);
            int k = x - y;
            int prevK = k == -d || (k != d && prev[max + k - 1] < prev[max + k + 1]) ? k + 1 : k - 1;
            int prevX = prev[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Op(' ', a.get(x), aOffset + x, bOffset + y));
            }
            if (x == prevX) {
                y--;
                reversed.add(new Op('+', b.get(y), aOffset + x, bOffset + y));
            } else {
                x--;
                reversed.add(new Op('-', a.get(x), aOffset + x, bOffset + y));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            reversed.add(new Op(' ', a.get(x), aOffset + x, bOffset + y));
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
    }
}
