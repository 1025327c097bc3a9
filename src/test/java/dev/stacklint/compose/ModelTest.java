package dev.stacklint.compose;

import dev.stacklint.engine.LoadFindings;
import dev.stacklint.image.ImageReference;
import dev.stacklint.source.Position;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.stacklint.compose.Loading.at;
import static dev.stacklint.compose.Loading.project;
import static dev.stacklint.compose.Loading.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Short and long syntax normalize into one model, every part located where it is written. */
class ModelTest {

    private static Service web(String serviceBody) {
        return project("services:\n  web:\n" + serviceBody.indent(4)).service("web").orElseThrow();
    }

    @Test
    void portsInEveryShortForm() {
        List<PortMapping> ports = web("""
                ports:
                  - "8000"
                  - "8000:5000"
                  - "127.0.0.1:8001:5001/udp"
                  - "9000-9002:7000-7002"
                  - "[::1]:80:80"
                  - "127.0.0.1::5432"
                  - 3000
                  - 8080:80
                """).ports();
        assertThat(ports).hasSize(8);
        PortMapping only = ports.get(0);
        assertThat(only.target().value()).isEqualTo(new PortRange(8000, 8000));
        assertThat(only.published()).isEmpty();
        assertThat(only.protocol()).isEqualTo("tcp");

        PortMapping pair = ports.get(1);
        assertThat(pair.published().map(p -> p.value().first())).contains(8000);
        assertThat(pair.published().map(Loading::at)).contains(new Position(5, 10));
        assertThat(text(pair.target())).isEqualTo("5000");
        assertThat(at(pair.target())).isEqualTo(new Position(5, 15));

        PortMapping full = ports.get(2);
        assertThat(full.hostIp().map(Located::value)).contains("127.0.0.1");
        assertThat(full.hostIp().map(Loading::at)).contains(new Position(6, 10));
        assertThat(full.published().map(Loading::text)).contains("8001");
        assertThat(full.protocol()).isEqualTo("udp");
        assertThat(text(full.origin())).isEqualTo("\"127.0.0.1:8001:5001/udp\"");

        assertThat(ports.get(3).published().map(Located::value)).contains(new PortRange(9000, 9002));
        assertThat(ports.get(3).target().value()).isEqualTo(new PortRange(7000, 7002));
        assertThat(ports.get(4).hostIp().map(Located::value)).contains("::1");
        assertThat(ports.get(4).published().map(p -> p.value().first())).contains(80);
        assertThat(ports.get(5).published()).isEmpty();
        assertThat(ports.get(5).hostIp().map(Located::value)).contains("127.0.0.1");
        assertThat(ports.get(6).target().value().first()).isEqualTo(3000);
        assertThat(at(ports.get(6).target())).isEqualTo(new Position(10, 9));
        assertThat(ports.get(7).published().map(p -> p.value().first())).contains(8080);
    }

    @Test
    void portsInTheLongForm() {
        PortMapping p = web("""
                ports:
                  - target: 80
                    published: "8080"
                    host_ip: 0.0.0.0
                    protocol: udp
                    mode: host
                """).ports().get(0);
        assertThat(p.target().value().first()).isEqualTo(80);
        assertThat(at(p.target())).isEqualTo(new Position(4, 17));
        assertThat(p.published().map(x -> x.value().first())).contains(8080);
        assertThat(p.hostIp().map(Located::value)).contains("0.0.0.0");
        assertThat(p.protocol()).isEqualTo("udp");
        assertThat(p.mode()).contains("host");
    }

    @Test
    void volumesInEveryForm() {
        Service s = project("""
                services:
                  web:
                    volumes:
                      - data:/var/lib/data
                      - ./src:/app:ro
                      - ~/cache:/cache:rw,z
                      - /abs/path:/abs
                      - /anonymous
                      - type: bind
                        source: ./conf
                        target: /etc/conf
                        read_only: true
                      - type: tmpfs
                        target: /tmp
                volumes:
                  data:
                """).service("web").orElseThrow();
        List<VolumeMount> v = s.volumes();
        assertThat(v).extracting(VolumeMount::type).containsExactly(VolumeMount.Type.VOLUME, VolumeMount.Type.BIND,
                VolumeMount.Type.BIND, VolumeMount.Type.BIND, VolumeMount.Type.VOLUME, VolumeMount.Type.BIND,
                VolumeMount.Type.TMPFS);
        assertThat(v.get(0).isNamedVolume()).isTrue();
        assertThat(v.get(0).source().map(Loading::at)).contains(new Position(4, 9));
        assertThat(text(v.get(0).target())).isEqualTo("/var/lib/data");
        assertThat(v.get(1).readOnly()).isTrue();
        assertThat(v.get(1).hostPath()).contains(Path.of("/nowhere/src"));
        assertThat(v.get(2).readOnly()).isFalse();
        assertThat(v.get(2).hostPath()).contains(Path.of(System.getProperty("user.home"), "cache"));
        assertThat(v.get(3).hostPath()).contains(Path.of("/abs/path"));
        assertThat(v.get(4).isAnonymous()).isTrue();
        assertThat(v.get(4).target().value()).isEqualTo("/anonymous");
        assertThat(v.get(5).readOnly()).isTrue();
        assertThat(v.get(5).source().map(Located::value)).contains("./conf");
        assertThat(v.get(6).source()).isEmpty();
    }

    @Test
    void environmentAsListAndAsMapping() {
        Service list = web("""
                environment:
                  - DEBUG
                  - EMPTY=
                  - URL=postgres://db:5432/app
                """);
        assertThat(list.environment()).extracting(e -> e.name().value()).containsExactly("DEBUG", "EMPTY", "URL");
        assertThat(list.environment("DEBUG").orElseThrow().value()).isEmpty();
        assertThat(list.environment("EMPTY").orElseThrow().value().map(Located::value)).contains("");
        NamedValue url = list.environment("URL").orElseThrow();
        assertThat(at(url.name())).isEqualTo(new Position(6, 9));
        assertThat(text(url.name())).isEqualTo("URL");
        assertThat(url.value().map(Loading::text)).contains("postgres://db:5432/app");
        assertThat(url.value().map(Loading::at)).contains(new Position(6, 13));

        Service map = web("""
                environment:
                  DEBUG:
                  EMPTY: ""
                  PORT: 8080
                  FLAG: true
                """);
        assertThat(map.environment("DEBUG").orElseThrow().value()).isEmpty();
        assertThat(map.environment("EMPTY").orElseThrow().value().map(Located::value)).contains("");
        assertThat(map.environment("PORT").orElseThrow().value().map(Located::value)).contains("8080");
        assertThat(map.environment("FLAG").orElseThrow().value().map(Located::value)).contains("true");
        assertThat(at(map.environment("PORT").orElseThrow().name())).isEqualTo(new Position(6, 7));
    }

    @Test
    void labelsAsListAndMap() {
        assertThat(web("labels: [\"a=1\", b]").labels()).extracting(l -> l.name().value(), l -> l.value().map(Located::value))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", Optional.of("1")),
                        org.assertj.core.groups.Tuple.tuple("b", Optional.empty()));
        assertThat(web("labels: {a: \"1\"}").labels()).hasSize(1);
    }

    @Test
    void dependsOnAsListAndMap() {
        Service list = web("depends_on: [db, cache]");
        assertThat(list.dependsOn()).extracting(d -> d.service().value()).containsExactly("db", "cache");
        assertThat(list.dependsOn().get(0).condition()).isEqualTo(Dependency.STARTED);
        assertThat(list.dependsOn().get(0).required()).isTrue();
        assertThat(at(list.dependsOn().get(1).service())).isEqualTo(new Position(3, 22));

        Service map = web("""
                depends_on:
                  db:
                    condition: service_healthy
                    restart: true
                  cache:
                    condition: service_started
                    required: false
                """);
        Dependency db = map.dependsOn().get(0);
        assertThat(db.condition()).isEqualTo(Dependency.HEALTHY);
        assertThat(db.restart()).isTrue();
        assertThat(map.dependsOn().get(1).required()).isFalse();
        assertThat(at(db.service())).isEqualTo(new Position(4, 7));
    }

    @Test
    void buildAsStringOrMapping() {
        Build simple = web("build: ./app").build().orElseThrow();
        assertThat(simple.context().value()).isEqualTo("./app");
        assertThat(simple.contextDirectory()).contains(Path.of("/nowhere/app"));
        assertThat(simple.dockerfilePath()).contains(Path.of("/nowhere/app/Dockerfile"));

        Build full = web("""
                build:
                  context: .
                  dockerfile: docker/Dockerfile.prod
                  target: runtime
                  args:
                    - VERSION=1.2
                    - DEBUG
                """).build().orElseThrow();
        assertThat(full.dockerfile().map(Located::value)).contains("docker/Dockerfile.prod");
        assertThat(full.dockerfilePath()).contains(Path.of("/nowhere/docker/Dockerfile.prod"));
        assertThat(full.target().map(Loading::at)).contains(new Position(6, 15));
        assertThat(full.args()).extracting(a -> a.name().value()).containsExactly("VERSION", "DEBUG");

        Build mapArgs = web("build: {context: ., args: {A: x}, dockerfile_inline: \"FROM scratch\"}").build().orElseThrow();
        assertThat(mapArgs.args()).hasSize(1);
        assertThat(mapArgs.dockerfilePath()).isEmpty();

        ComposeLoad remoteLoad = Loading.load("services:\n  web:\n    build: https://github.com/docker/example.git#main\n",
                java.util.Map.of());
        Build remote = remoteLoad.project().orElseThrow().service("web").orElseThrow().build().orElseThrow();
        assertThat(remote.contextDirectory()).isEmpty();
        assertThat(LoadFindings.of(remoteLoad.problems())).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("SL011");
            assertThat(f.severity()).isEqualTo(dev.stacklint.rule.Severity.INFO);
            assertThat(f.start()).isEqualTo(new Position(3, 12));
        });
        Build noContext = web("build: {dockerfile: Dockerfile.dev}").build().orElseThrow();
        assertThat(noContext.context().value()).isEqualTo(".");
    }

    @Test
    void commandAndEntrypointAsStringOrList() {
        Service s = web("""
                command: gunicorn --bind "0.0.0.0:8000" app:app
                entrypoint: ["/bin/sh", "-c"]
                """);
        Command command = s.command().orElseThrow();
        assertThat(command).isInstanceOf(Command.StringForm.class);
        assertThat(command.words()).containsExactly("gunicorn", "--bind", "0.0.0.0:8000", "app:app");
        assertThat(command.origin().start()).isEqualTo(new Position(3, 14));
        Command entrypoint = s.entrypoint().orElseThrow();
        assertThat(entrypoint).isInstanceOf(Command.ListForm.class);
        assertThat(entrypoint.words()).containsExactly("/bin/sh", "-c");
        assertThat(((Command.ListForm) entrypoint).arguments().get(1).origin().start()).isEqualTo(new Position(4, 29));
        assertThat(web("command: null").command()).isEmpty();
    }

    @Test
    void envFileInEveryForm() {
        assertThat(web("env_file: .env.web").envFiles()).extracting(e -> e.path().value(), EnvFile::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(".env.web", true));
        assertThat(web("env_file: [a.env, b.env]").envFiles()).hasSize(2);
        List<EnvFile> longForm = web("env_file:\n  - path: ./default.env\n    required: false\n").envFiles();
        assertThat(longForm.get(0).required()).isFalse();
        assertThat(longForm.get(0).resolvedPath()).contains(Path.of("/nowhere/default.env"));
    }

    @Test
    void healthcheckForms() {
        Healthcheck list = web("healthcheck:\n  test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]\n")
                .healthcheck().orElseThrow();
        assertThat(list.test()).extracting(Located::value).containsExactly("CMD", "curl", "-f", "http://localhost");
        assertThat(list.disabled()).isFalse();
        Healthcheck string = web("healthcheck:\n  test: pg_isready -U app\n").healthcheck().orElseThrow();
        assertThat(string.test()).extracting(Located::value).containsExactly("CMD-SHELL", "pg_isready -U app");
        assertThat(web("healthcheck:\n  disable: true\n").healthcheck().orElseThrow().disabled()).isTrue();
        assertThat(web("healthcheck:\n  test: [\"NONE\"]\n").healthcheck().orElseThrow().disabled()).isTrue();
        assertThat(web("image: x").healthcheck()).isEmpty();
    }

    @Test
    void profilesDecideTheDefaultSet() {
        ComposeProject p = project("""
                services:
                  web: {image: nginx:1}
                  debug: {image: busybox:1, profiles: [debug, tools]}
                """);
        assertThat(p.service("web").orElseThrow().inDefaultProfile()).isTrue();
        Service debug = p.service("debug").orElseThrow();
        assertThat(debug.inDefaultProfile()).isFalse();
        assertThat(debug.activeWith(Set.of("tools"))).isTrue();
        assertThat(debug.activeWith(Set.of("other"))).isFalse();
        assertThat(p.defaultServices()).extracting(s -> s.name().value()).containsExactly("web");
    }

    @Test
    void networksSecretsAndScalars() {
        ComposeProject p = project("""
                name: shop
                x-common: &common {restart: always}
                services:
                  web:
                    <<: *common
                    image: nginx:1.27
                    container_name: web-1
                    user: "1000:1000"
                    working_dir: /app
                    expose: ["80", 443]
                    networks: [front, back]
                    secrets:
                      - db_password
                      - source: api_key
                        target: /run/secrets/key
                    x-note: ignored
                  api:
                    image: api:2
                    networks:
                      back:
                        aliases: [api.internal]
                networks: {front: {}, back: {external: true}}
                secrets:
                  db_password: {file: ./db.txt}
                  api_key: {environment: API_KEY}
                """);
        Service web = p.service("web").orElseThrow();
        assertThat(p.name().map(Located::value)).contains("shop");
        assertThat(web.image().map(i -> i.value().reference())).contains("nginx:1.27");
        assertThat(web.image().flatMap(i -> i.value().tag())).contains("1.27");
        assertThat(web.containerName().map(Located::value)).contains("web-1");
        assertThat(web.user().map(Located::value)).contains("1000:1000");
        assertThat(web.workingDir().map(Located::value)).contains("/app");
        assertThat(web.restart().map(Located::value)).contains("always");
        assertThat(web.restart().map(Loading::at)).contains(new Position(2, 29));
        assertThat(web.expose()).extracting(Located::value).containsExactly("80", "443");
        assertThat(web.networks()).extracting(Located::value).containsExactly("front", "back");
        assertThat(web.secrets()).extracting(s -> s.source().value()).containsExactly("db_password", "api_key");
        assertThat(web.secrets().get(1).target().map(Located::value)).contains("/run/secrets/key");
        assertThat(p.service("api").orElseThrow().networks()).extracting(Located::value).containsExactly("back");
        assertThat(p.networks().get("back").external()).isTrue();
        assertThat(p.networks().get("front").external()).isFalse();
        assertThat(p.secrets()).containsOnlyKeys("db_password", "api_key");
        assertThat(at(web.name())).isEqualTo(new Position(4, 3));
    }

    @Test
    void pathsThatCannotExistHereDoNotBreakLoading() {
        ComposeLoad load = Loading.load("""
                include: ["bad\\0.yaml"]
                services:
                  web:
                    build: "ctx\\0"
                    env_file: "a\\0.env"
                    volumes: ["./x\\0:/x"]
                    extends: {file: "b\\0.yaml", service: base}
                """, java.util.Map.of());
        Service web = load.project().orElseThrow().service("web").orElseThrow();
        assertThat(web.build().orElseThrow().contextDirectory()).isEmpty();
        assertThat(web.envFiles().get(0).resolvedPath()).isEmpty();
        assertThat(web.volumes().get(0).hostPath()).isEmpty();
        assertThat(web.extendsRef().orElseThrow().resolution()).isEqualTo(ExtendsRef.Resolution.FILE_NOT_FOUND);
        assertThat(load.project().orElseThrow().includes()).singleElement().satisfies(i -> assertThat(i.found()).isFalse());
    }

    @Test
    void portRanges() {
        PortRange range = PortRange.parse("8000-8010").orElseThrow();
        assertThat(range.contains(8005)).isTrue();
        assertThat(range.contains(8011)).isFalse();
        assertThat(range.size()).isEqualTo(11);
        assertThat(range).hasToString("8000-8010");
        assertThat(PortRange.parse("80").orElseThrow()).hasToString("80");
        assertThat(PortRange.parse("9-8")).isEmpty();
        assertThat(PortRange.parse("65536")).isEmpty();
    }

    @Test
    void imageReferences() {
        assertThat(image("postgres").tag()).isEmpty();
        assertThat(image("postgres:16").tag()).contains("16");
        assertThat(image("localhost:5000/app").tag()).isEmpty();
        assertThat(image("localhost:5000/app").registry()).isEqualTo("localhost:5000");
        assertThat(image("localhost:5000/app").repository()).isEqualTo("app");
        assertThat(image("localhost:5000/app:1.0").tag()).contains("1.0");
        assertThat(image("postgres@sha256:abc").digest()).contains("sha256:abc");
        assertThat(image("postgres:16@sha256:abc").tag()).contains("16");
        assertThat(image("postgres:16@sha256:abc").repository()).isEqualTo("postgres");
    }

    @Test
    void isolationKeysAreTypedAndLocated() {
        Isolation i = web("""
                network_mode: "service:vpn"
                pid: host
                privileged: yes
                read_only: "false"
                cap_add: [ SYS_ADMIN , NET_ADMIN]
                cap_drop: [ALL]
                devices:
                  - source: /dev/sda
                    target: /dev/xvda
                tmpfs: /run:size=64m
                """).isolation();
        assertThat(i.networkMode().map(Located::value)).contains("service:vpn");
        assertThat(i.sharesNetwork()).isTrue();
        assertThat(i.namespaces()).containsOnlyKeys("network_mode", "pid");
        assertThat(i.pid().map(Loading::at)).contains(new Position(4, 10));
        assertThat(i.privileged().map(Located::value)).contains(true);
        assertThat(i.readOnly().map(Located::value)).contains(false);
        assertThat(i.capAdd()).extracting(Located::value).containsExactly("SYS_ADMIN", "NET_ADMIN");
        assertThat(i.capDrop()).extracting(Located::value).containsExactly("ALL");
        assertThat(i.devices()).extracting(Located::value).containsExactly("/dev/sda");
        assertThat(at(i.devices().get(0))).isEqualTo(new Position(10, 17));
        assertThat(i.tmpfs()).extracting(Located::value).containsExactly("/run:size=64m");
        assertThat(web("image: x").isolation().namespaces()).isEmpty();
    }

    @Test
    void linksHostnamesAndPropagation() {
        Service s = web("""
                hostname: db-primary
                pull_policy: build
                links: ["db:database"]
                external_links: [other_db]
                volumes_from: ["container:data:ro"]
                extra_hosts: ["gateway=10.0.0.1"]
                volumes:
                  - type: bind
                    source: /srv
                    target: /srv
                    bind:
                      propagation: rshared
                """);
        assertThat(s.hostname().map(Located::value)).contains("db-primary");
        assertThat(s.pullPolicy().map(Located::value)).contains("build");
        assertThat(s.links()).extracting(Located::value).containsExactly("db:database");
        assertThat(s.externalLinks()).extracting(Located::value).containsExactly("other_db");
        assertThat(s.volumesFrom()).extracting(Located::value).containsExactly("container:data:ro");
        assertThat(s.extraHosts()).extracting(h -> h.name().value()).containsExactly("gateway");
        assertThat(s.volumes().get(0).propagation().map(Loading::at)).contains(new Position(14, 24));
    }

    @Test
    void replicasRestartPolicyAndLogging() {
        Service s = web("""
                scale: 2
                deploy:
                  replicas: 3
                  restart_policy:
                    condition: on-failure
                logging:
                  driver: none
                """);
        assertThat(s.scale().map(Located::value)).contains("2");
        assertThat(s.deploy().replicas().map(Loading::at)).contains(new Position(5, 17));
        assertThat(s.deploy().restartPolicy().map(Located::value)).contains("on-failure");
        assertThat(s.loggingDriver().map(Located::value)).contains("none");
        assertThat(web("image: x").deploy().replicas()).isEmpty();
    }

    @Test
    void resourceLimitsAndReservationsAndTheServiceLevelKeys() {
        Service s = web("""
                mem_limit: 512m
                pids_limit: 100
                deploy:
                  resources:
                    limits:
                      cpus: '0.5'
                    reservations:
                      memory: 256m
                """);
        Deploy.Amounts limits = s.deploy().resources().flatMap(Deploy.Resources::limits).orElseThrow();
        assertThat(limits.key().start()).isEqualTo(new Position(7, 9));
        assertThat(limits.cpus().map(Loading::at)).contains(new Position(8, 17));
        assertThat(limits.memory()).isEmpty();
        assertThat(limits.pids()).isEmpty();
        assertThat(s.deploy().resources().flatMap(Deploy.Resources::reservations).flatMap(Deploy.Amounts::memory)
                .map(Located::value)).contains("256m");
        assertThat(s.limits().memLimit().map(Located::value)).contains("512m");
        assertThat(s.limits().cpus()).isEmpty();
        assertThat(s.limits().pidsLimit().map(Loading::at)).contains(new Position(4, 17));
        assertThat(web("image: x").deploy().resources()).isEmpty();
    }

    @Test
    void developWatchRulesInOrderWithTheirPositions() {
        Service s = web("""
                develop:
                  watch:
                    - path: ./src
                      action: sync
                      target: /app/src
                      ignore: [node_modules/, "*.pyc"]
                    - action: rebuild
                      path: requirements.txt
                """);
        List<Develop.Watch> watch = s.develop().watch();
        assertThat(watch).hasSize(2);
        assertThat(watch.get(0).path().map(Located::value)).contains("./src");
        assertThat(watch.get(0).action().map(Loading::at)).contains(new Position(6, 19));
        assertThat(watch.get(0).target().map(Located::value)).contains("/app/src");
        assertThat(watch.get(0).ignore()).extracting(Located::value).containsExactly("node_modules/", "*.pyc");
        assertThat(watch.get(1).origin().start()).isEqualTo(new Position(9, 11));
        assertThat(watch.get(1).target()).isEmpty();
        assertThat(web("image: x").develop().watch()).isEmpty();
    }

    private static ImageReference image(String ref) {
        return web("image: " + ref).image().orElseThrow().value();
    }
}
