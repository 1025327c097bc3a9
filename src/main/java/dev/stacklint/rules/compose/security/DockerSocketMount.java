package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Set;

/**
 * SL231: the Docker daemon's socket mounted into a container. Read-only does not help: the socket is an API, and
 * whoever can talk to it can start a privileged container. Quiet for a socket proxy itself (the mitigation the
 * message recommends): it needs the socket, and passes on only the API calls it is told to allow.
 */
public final class DockerSocketMount implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL231", "docker-socket-mount", Severity.WARNING,
            "A service mounts the Docker socket: it controls the host's Docker daemon.").in(Category.SECURITY);

    /** Docker socket proxies, by repository path whatever the registry (Docker Hub, ghcr.io, lscr.io). */
    private static final Set<String> SOCKET_PROXIES = Set.of("tecnativa/docker-socket-proxy",
            "linuxserver/socket-proxy", "wollomatic/socket-proxy", "11notes/socket-proxy");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            if (isSocketProxy(service)) {
                continue;
            }
            for (VolumeMount v : service.volumes()) {
                if (v.type() == VolumeMount.Type.BIND && v.source().isPresent() && isDockerSocket(v.source().get().value())) {
                    reporter.report(v.origin().file(), v.origin().span(), "`" + service.name().value() + "` mounts the "
                            + "Docker socket (" + v.source().get().value() + "): anything in the container can start a "
                            + "privileged container and take over the host, read-only or not; use a socket proxy that "
                            + "allows only the calls it needs, or drop the mount");
                }
            }
        }
    }

    private static boolean isSocketProxy(Service service) {
        return service.literalImage()
                .map(i -> SOCKET_PROXIES.contains(i.value().repository().toLowerCase(Locale.ROOT))).orElse(false);
    }

    static boolean isDockerSocket(String source) {
        String s = source.trim();
        return s.endsWith("/docker.sock") || s.equals("docker.sock") || s.endsWith("/docker.sock/")
                || s.equals("//./pipe/docker_engine") || s.equals("\\\\.\\pipe\\docker_engine");
    }
}
