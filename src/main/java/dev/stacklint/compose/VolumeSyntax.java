package dev.stacklint.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The short volume syntax {@code [SOURCE:]TARGET[:MODE]}, splitting on colons except after a Windows drive
 * letter ({@code C:\data:/data}), as Compose does. A source starting with {@code .}, {@code /}, {@code ~},
 * {@code \\} or a drive letter is a bind mount; any other source names a volume; no source is an anonymous volume.
 */
final class VolumeSyntax {

    /** Source (may be null), target and mode options (may be null). */
    record Parts(Part source, Part target, Part mode) {
    }

    private VolumeSyntax() {
    }

    static Parts parse(String s) throws IllegalArgumentException {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a volume entry cannot be empty");
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':' && !isDriveColon(s, start, i)) {
                parts.add(new Part(start, i));
                start = i + 1;
            }
        }
        parts.add(new Part(start, s.length()));
        for (Part p : parts) {
            if (p.from() == p.to()) {
                throw new IllegalArgumentException("`" + s + "` has an empty part between colons");
            }
        }
        return switch (parts.size()) {
            case 1 -> new Parts(null, parts.get(0), null);
            case 2 -> new Parts(parts.get(0), parts.get(1), null);
            case 3 -> new Parts(parts.get(0), parts.get(1), parts.get(2));
            default -> throw new IllegalArgumentException("`" + s + "` has too many colons; write SOURCE:TARGET[:MODE]");
        };
    }

    /** A colon right after a single drive letter at the start of a part ({@code C:\...}, {@code C:/...}). */
    private static boolean isDriveColon(String s, int partStart, int colon) {
        return colon == partStart + 1 && Character.isLetter(s.charAt(partStart)) && colon + 1 < s.length()
                && (s.charAt(colon + 1) == '\\' || s.charAt(colon + 1) == '/');
    }

    static boolean isHostPath(String source) {
        if (source.isEmpty()) {
            return false;
        }
        char c = source.charAt(0);
        return c == '.' || c == '/' || c == '~' || source.startsWith("\\\\")
                || (source.length() > 2 && Character.isLetter(c) && source.charAt(1) == ':'
                && (source.charAt(2) == '\\' || source.charAt(2) == '/'));
    }
}
