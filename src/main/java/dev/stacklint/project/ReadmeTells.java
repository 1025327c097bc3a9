package dev.stacklint.project;

import dev.stacklint.source.FolderEntries;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the README beside a Compose file says of it: that the files there are examples ({@code # Docker Compose
 * examples}), or run a local instance for development ({@code This repository provides docker-compose files that
 * enable you to run a local instance}, {@code This configuration fits most development requirements}). Read are
 * the README's title, its introduction (up to its second heading) and the sections that name the file; the rest
 * of a project's README speaks of other things (its own "Development" or "Quick start" section says how to hack
 * on the project, not what the Compose file is).
 */
final class ReadmeTells {
    /** Enough for any README's first sections; a larger file is read up to here. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern README = Pattern.compile("(?i)readme(\\.(md|markdown|rst|txt|adoc))?");
    private static final Pattern TITLE = Pattern.compile("(?i)\\b(examples?|samples?|quick[- ]?start)\\b");
    private static final Pattern TELL = Pattern.compile("(?i)\\blocal (instance|cluster|copy|development"
            + "|environment|setup|testing)\\b|\\b(for|fits (most )?)(local )?development\\b"
            + "|\\bdevelopment (requirements|setup|only|purposes?|environment|use)\\b"
            + "|\\bnot (meant |intended |suitable |recommended )?for production\\b|\\bnot production[- ](ready|worthy)\\b"
            + "|\\bdo not use (this |these |them )?(files? )?in production\\b");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s.*|[=\\-]{3,}\\s*");

    private ReadmeTells() {
    }

    /** The README in the Compose file's folder says the file is an example or a local, development one. */
    static boolean says(Path composeFile) {
        Path folder = composeFile.toAbsolutePath().getParent();
        if (folder == null || composeFile.getFileName() == null) {
            return false;
        }
        String name = composeFile.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[*_`]", "");
        return readme(folder).map(text -> says(text, name)).orElse(false);
    }

    /** {@code text} and {@code composeFileName} lower-cased, Markdown emphasis ({@code *_`}) taken out. */
    static boolean says(String text, String composeFileName) {
        List<List<String>> sections = sections(text);
        if (sections.isEmpty()) {
            return false;
        }
        String title = sections.get(0).get(0).replaceAll("^#+\\s*", "");
        if (TITLE.matcher(title).find()) {
            return true;
        }
        Pattern named = Pattern.compile("(?<![\\w.-])" + Pattern.quote(composeFileName) + "(?![\\w-])");
        return TELL.matcher(String.join(" ", sections.get(0))).find() || sections.stream().map(s -> String.join(" ", s))
                .anyMatch(s -> named.matcher(s).find() && TELL.matcher(s).find());
    }

    /**
     * The README's lines cut at its headings: a Markdown {@code #} line or a line underlined with {@code ===} or
     * {@code ---} starts a section. The first section starts at the first line of text (badges and images left
     * out), which is its title.
     */
    private static List<List<String>> sections(String text) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean underlined = i + 1 < lines.length && !line.isEmpty() && lines[i + 1].strip().matches("[=\\-]{3,}");
            if (line.isEmpty() || line.matches("[=\\-]{3,}") || line.startsWith("![") || line.startsWith("[![")) {
                continue;
            }
            if (current == null || line.startsWith("#") && HEADING.matcher(line).matches() || underlined) {
                current = new ArrayList<>();
                sections.add(current);
            }
            current.add(line);
        }
        return sections;
    }

    private static Optional<String> readme(Path folder) {
        try {
            Optional<Path> readme = FolderEntries.names(folder).stream().filter(n -> README.matcher(n).matches())
                    .map(folder::resolve).filter(Files::isRegularFile).sorted().findFirst();
            if (readme.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(readme.get())) {
                return Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT).replace("\r", "").replaceAll("[*_`]", ""));
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
