package dev.stacklint.project.command;

import dev.stacklint.project.python.AppCode;
import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Optional;

/**
 * One long-running program a container command starts.
 *
 * @param server       what it is
 * @param where        the words that start it
 * @param listens      the addresses it listens on, as far as known
 * @param listensKnown {@code listens} is complete (no unknown config file, no unresolved variable)
 * @param debug        the setting that turns on its debug mode, if any
 * @param conditional  it runs only when a shell condition holds ({@code if}, {@code case}, {@code ||}, {@code && }
 *                     after a test), which the linter cannot evaluate
 * @param devServer    the framework development server it is, from {@code rules/data/dev-servers.yaml} (Flask's
 *                     and Django's are known by their {@link Server} instead)
 * @param via          the package.json script it runs, when it is {@code npm run NAME} or alike
 * @param proxyTrust   whether it trusts the forwarded headers a reverse proxy in another container sets
 * @param app          the Python module it serves, when the linter found it
 * @param logFiles     where its settings tell it to write its own logs
 * @param programs     for a process supervisor, the programs it starts ({@code [program:x]} of supervisord.conf, the
 *                     service folders of runit and s6), when its configuration was read
 */
public record Launch(Server server, Origin where, List<Listen> listens, boolean listensKnown, Optional<Debug> debug,
                     boolean conditional, Optional<DevServer> devServer, Optional<Script> via, ProxyTrust proxyTrust,
                     Optional<AppCode> app, List<LogFile> logFiles, Optional<List<String>> programs) {

    /** A package.json script: {@code invocation} ({@code npm run dev}) runs {@code command} ({@code next dev}). */
    public record Script(String invocation, String command) {
    }

    public Launch(Server server, Origin where, List<Listen> listens, boolean listensKnown, Optional<Debug> debug,
                  boolean conditional) {
        this(server, where, listens, listensKnown, debug, conditional, Optional.empty(), Optional.empty(),
                ProxyTrust.UNKNOWN, Optional.empty(), List.of(), Optional.empty());
    }

    public static Launch unknown(Origin where) {
        return new Launch(Server.UNKNOWN, where, List.of(), false, Optional.empty(), false);
    }

    /** A launch whose listens are known when each of them is (and there is at least one). */
    public static Launch of(Server server, Origin where, List<Listen> listens, Optional<Debug> debug) {
        boolean known = !listens.isEmpty() && listens.stream().allMatch(Listen::known);
        return new Launch(server, where, List.copyOf(listens), known, debug, false);
    }

    /** The same launch, serving the app module {@code code}. */
    public Launch serving(Optional<AppCode> code) {
        return new Launch(server, where, listens, listensKnown, debug, conditional, devServer, via, proxyTrust, code,
                logFiles, programs);
    }

    /** The same launch, writing its logs where {@code files} say. */
    public Launch logging(List<LogFile> files) {
        return new Launch(server, where, listens, listensKnown, debug, conditional, devServer, via, proxyTrust, app,
                List.copyOf(files), programs);
    }

    public Launch trusting(ProxyTrust trust) {
        return new Launch(server, where, listens, listensKnown, debug, conditional, devServer, via, trust, app,
                logFiles, programs);
    }

    public Launch asConditional() {
        return new Launch(server, where, listens, listensKnown, debug, true, devServer, via, proxyTrust, app,
                logFiles, programs);
    }

    /** The same launch, known to be a framework's development server. */
    Launch as(DevServer server) {
        return new Launch(this.server, where, listens, listensKnown, debug, conditional, Optional.of(server), via,
                proxyTrust, app, logFiles, programs);
    }

    /** The same launch, being what a package.json script runs. */
    Launch through(Script script) {
        return new Launch(server, where, listens, listensKnown, debug, conditional, devServer, Optional.of(script),
                proxyTrust, app, logFiles, programs);
    }

    /** A framework's development server, from the table or by its {@link Server}. */
    public boolean isDevServer() {
        return server.devServer() || devServer.isPresent();
    }

    /** The same launch, its words starting earlier (at the interpreter of {@code python -m flask run}). */
    public Launch startingAt(Origin start) {
        return new Launch(server, start.to(where), listens, listensKnown, debug, conditional, devServer, via,
                proxyTrust, app, logFiles, programs);
    }

    /** The same supervisor, starting {@code names} (empty: its configuration was not read). */
    public Launch managing(Optional<List<String>> names) {
        return new Launch(server, where, listens, listensKnown, debug, conditional, devServer, via, proxyTrust, app,
                logFiles, names.map(List::copyOf));
    }
}
