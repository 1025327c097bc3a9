package dev.stacklint.compose;

/** [from, to) within a short-syntax string (a port or a volume entry), so each part keeps its own position. */
record Part(int from, int to) {
}
