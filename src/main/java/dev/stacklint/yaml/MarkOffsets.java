package dev.stacklint.yaml;

/**
 * Turns SnakeYAML mark indexes, which count code points, into offsets into the file's UTF-16 text.
 * Text without characters outside the BMP (nearly every file) needs no table.
 */
final class MarkOffsets {
    private final int[] charOffsets;
    private final int length;

    MarkOffsets(String text) {
        this.length = text.length();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsets = null;
            return;
        }
        charOffsets = new int[codePoints + 1];
        int offset = 0;
        for (int i = 0; i < codePoints; i++) {
            charOffsets[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        charOffsets[codePoints] = offset;
    }

    int offset(int codePointIndex) {
        if (charOffsets == null) {
            return Math.max(0, Math.min(codePointIndex, length));
        }
        return charOffsets[Math.max(0, Math.min(codePointIndex, charOffsets.length - 1))];
    }
}
