package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * DL3010: a tar archive is copied from the build context with COPY and then unpacked with {@code tar -x} in a
 * later RUN of the same stage; ADD unpacks it in one step without keeping the archive in a layer. (Unlike
 * hadolint, zip files are left alone: ADD does not unpack them.)
 */
public final class ExtractCopiedArchive implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3010", "extract-copied-archive", Severity.INFO,
            "A tar archive is COPYed and then unpacked in RUN; ADD unpacks it without keeping the archive.");

    private static final List<String> TARS = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz",
            ".txz", ".tar.zst");

    /** A copied archive: the source word and where it was copied to. */
    private record Copied(Word source, String destination) {
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        List<Copied> copied = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            switch (instruction) {
                case Instruction.From f -> copied.clear();
                case Instruction.Copy copy when Instruction.flag(copy.flags(), "from").isEmpty() -> {
                    for (Word source : copy.sources()) {
                        if (isTar(source.value())) {
                            copied.add(new Copied(source, copy.destination().value()));
                        }
                    }
                }
                case Instruction.Run run -> run.commands().stream().filter(ExtractCopiedArchive::extractsTar)
                        .forEach(tar -> reportExtracted(dockerfile, tar, copied, reporter));
                default -> {
                }
            }
        }
    }

    /** Reports (and forgets) each copied archive that {@code tar} unpacks. */
    private static void reportExtracted(Dockerfile dockerfile, SimpleCommand tar, List<Copied> copied,
                                        Reporter reporter) {
        int line = dockerfile.source().position(tar.span().start()).line();
        for (Iterator<Copied> it = copied.iterator(); it.hasNext(); ) {
            Copied archive = it.next();
            if (tar.args().stream().anyMatch(w -> names(archive, w))) {
                reporter.report(archive.source().span(), archive.source().value() + " is copied here and unpacked "
                        + "with tar later (line " + line + "), which keeps the archive in a layer: ADD it to the "
                        + "target folder instead, which unpacks it");
                it.remove();
            }
        }
    }

    /**
     * True when the word names the archive: a tar file name that the source or the destination ends with. Plain
     * suffixes, because a Windows path in COPY may have lost its backslashes to escaping
     * ({@code build\app.tar} reads as {@code buildapp.tar}).
     */
    private static boolean names(Copied archive, ShellWord word) {
        String name = baseName(word.value());
        return isTar(name) && (archive.source().value().endsWith(name) || archive.destination().endsWith(name));
    }

    private static boolean isTar(String name) {
        return TARS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }

    private static boolean extractsTar(SimpleCommand c) {
        if (c.program().filter("tar"::equals).isEmpty() || c.args().isEmpty()) {
            return false;
        }
        String first = c.args().get(0).value();
        return c.hasOption("--extract") || c.hasOption("--get") || c.hasOption("-x")
                || (!first.startsWith("-") && first.contains("x"));
    }

    private static String baseName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
