package dev.stacklint.project.health;

import dev.stacklint.compose.Healthcheck;
import dev.stacklint.compose.Located;
import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.command.Arg;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;

import java.util.List;
import java.util.Optional;

/**
 * The health check in force for a container: Compose's {@code healthcheck.test} replaces the image's HEALTHCHECK,
 * {@code disable: true} (or {@code NONE}) turns it off, and without a {@code test} the image's applies.
 */
public final class HealthProbes {
    private HealthProbes() {
    }

    public static Optional<HealthProbe> of(Container c) {
        Optional<Healthcheck> compose = c.service().flatMap(dev.stacklint.compose.Service::healthcheck);
        if (compose.isPresent() && compose.get().disabled()) {
            return Optional.empty();
        }
        if (compose.isPresent() && !compose.get().test().isEmpty()) {
            return compose(compose.get());
        }
        return c.image().flatMap(i -> i.healthcheck().flatMap(h -> dockerfile(h, i)));
    }

    private static Optional<HealthProbe> compose(Healthcheck h) {
        List<Located<String>> test = h.test();
        String kind = test.get(0).value();
        Origin at = test.get(0).origin().to(test.get(test.size() - 1).origin());
        if (kind.equals("CMD-SHELL") && test.size() == 2) {
            Arg text = Arg.of(test.get(1).value(), test.get(1).origin());
            return Optional.of(new HealthProbe(at, true, ProbeReader.shell(text)));
        }
        if (kind.equals("CMD") && test.size() > 1) {
            List<Arg> argv = test.subList(1, test.size()).stream().map(l -> Arg.of(l.value(), l.origin())).toList();
            return Optional.of(new HealthProbe(at, false, ProbeReader.exec(argv)));
        }
        return Optional.empty();
    }

    private static Optional<HealthProbe> dockerfile(Instruction.Healthcheck h, BuiltImage image) {
        SourceFile file = image.dockerfile().source();
        return h.command().map(command -> switch (command) {
            case Arguments.ShellForm s -> new HealthProbe(new Origin(file, s.span()), true,
                    ProbeReader.shell(Arg.of(s.text(), new Origin(file, s.span()))));
            case Arguments.Exec e -> new HealthProbe(new Origin(file, e.span()), false,
                    ProbeReader.exec(e.args().stream().map((Word w) -> Arg.of(w.value(), new Origin(file, w.span())))
                            .toList()));
        });
    }
}
