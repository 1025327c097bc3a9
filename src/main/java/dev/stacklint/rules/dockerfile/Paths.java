package dev.stacklint.rules.dockerfile;

/** Path shapes that several rules tell apart, as written in a Dockerfile (quotes removed). */
final class Paths {
    private Paths() {
    }

    /**
     * True for a POSIX absolute path, a Windows drive path ({@code C:\}, {@code c:/x}; the backslashes may have
     * been taken as escapes, so a drive letter and colon suffice) or a path that starts with a variable (whose
     * value we cannot judge).
     */
    static boolean isAbsoluteOrVariable(String path) {
        return path.startsWith("/") || path.startsWith("$") || isWindowsDrivePath(path);
    }

    private static boolean isWindowsDrivePath(String path) {
        return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
    }
}
