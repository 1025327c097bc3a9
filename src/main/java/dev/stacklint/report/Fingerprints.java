package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that survive unrelated edits: a hash of the rule, the file's path and the flagged line(s)
 * with whitespace normalised — not the line number — plus a counter that tells identical findings apart.
 * Code scanning and GitLab use them to follow a finding as lines move.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** One fingerprint per finding, in the report's order: {@code <32 hex digits>:<occurrence>}. */
    static List<String> of(Report report) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> prints = new ArrayList<>();
        for (Finding f : report.findings()) {
            String hash = content(f, report.scanPath(f.file()));
            prints.add(hash + ":" + seen.merge(hash, 1, Integer::sum));
        }
        return prints;
    }

    /**
     * The hash of a finding's rule, its file's path as given and the flagged lines (whitespace normalised): the
     * same for the same finding after unrelated lines moved; identical findings share it.
     */
    public static String content(Finding f, String path) {
        return hash(f.rule().code() + "\0" + path + "\0" + flaggedLines(f));
    }

    private static String flaggedLines(Finding f) {
        SourceFile file = f.file();
        int last = f.end().line() > f.start().line() && f.end().column() == 1 ? f.end().line() - 1 : f.end().line();
        StringBuilder sb = new StringBuilder();
        for (int line = f.start().line(); line <= last; line++) {
            sb.append(file.line(line).strip().replaceAll("\\s+", " ")).append('\n');
        }
        return sb.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
