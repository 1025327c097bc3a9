package dev.stacklint.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The launcher's class-archive training run ({@code java -XX:AOTCacheOutput=... Training DEMO}): what typical runs
 * load, in one JVM, so that the archive holds it — a Compose project with its Dockerfile and app in the text and
 * JSON formats, and a Dockerfile alone. Nothing is printed.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) {
        Path demo = Path.of(args[0]);
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream nothing = new PrintStream(OutputStream.nullOutputStream())) {
            System.setOut(nothing);
            System.setErr(nothing);
            Clock clock = Clock.systemUTC();
            Main.run(clock, demo.toString());
            Main.run(clock, "--format", "json", demo.toString());
            Main.run(clock, demo.resolve("Dockerfile").toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
