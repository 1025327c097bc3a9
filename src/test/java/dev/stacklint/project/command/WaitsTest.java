package dev.stacklint.project.command;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.stacklint.project.command.Words.exec;
import static dev.stacklint.project.command.Words.shell;
import static dev.stacklint.project.command.Words.text;
import static org.assertj.core.api.Assertions.assertThat;

class WaitsTest {
    private final FakeContext ctx = new FakeContext();

    private List<Wait> sh(String text) {
        return CommandAnalyzer.analyzeShell(shell(text), ctx).waits();
    }

    private List<Wait> run(String... words) {
        return CommandAnalyzer.analyze(exec(words), ctx).waits();
    }

    @Test
    void waitForItAndWaitForNameTheHost() {
        List<Wait> w = run("wait-for-it", "db:5432", "-t", "30", "--", "gunicorn", "app:app");
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.host()).contains("db");
            assertThat(text(x.where())).isEqualTo("\"wait-for-it\", \"db:5432\", \"-t\", \"30\"");
        });
        assertThat(run("/wait-for", "-h", "mysql", "-p", "3306").get(0).host()).contains("mysql");
        assertThat(run("./wait_for_db.sh").get(0).host()).isEmpty();
    }

    @Test
    void loopsWithConnectionChecks() {
        assertThat(sh("while ! nc -z web-db 5432; do sleep 0.1; done; exec \"$@\"").get(0).host()).contains("web-db");
        assertThat(sh("while !</dev/tcp/db/5432; do sleep 1; done; uwsgi app.ini").get(0).host()).contains("db");
        Wait pg = sh("until pg_isready -h db -U app; do sleep 1; done").get(0);
        assertThat(pg.host()).contains("db");
        assertThat(pg.products()).containsExactly("PostgreSQL");
        Wait mysql = sh("until mysqladmin ping -h\"$MYSQL_HOST\" --silent; do sleep 2; done").get(0);
        assertThat(mysql.host()).isEmpty();
        assertThat(mysql.covers(List.of("mysql"), "MySQL")).isTrue();
        assertThat(mysql.covers(List.of("cache"), "Redis")).isFalse();
        assertThat(sh("redis-cli -h cache ping").get(0).host()).contains("cache");
    }

    @Test
    void dockerizeWaitsForEachTarget() {
        List<Wait> w = run("dockerize", "-wait", "tcp://db:5432", "-wait=http://api:8080/health", "-timeout", "30s",
                "python", "jobs.py");
        assertThat(w).extracting(Wait::host).containsExactly(Optional.of("db"), Optional.of("api"));
    }

    @Test
    void pythonScriptsNamedForWaiting() {
        assertThat(sh("python ping.py && flask db upgrade")).hasSize(1);
        assertThat(sh("python manage.py wait_for_db && python manage.py migrate")).hasSize(1);
        assertThat(sh("python manage.py migrate && python mapping.py")).isEmpty();
    }

    @Test
    void variableNamesHintTheProduct() {
        Wait w = sh("wait-for-it \"${POSTGRES_HOST}:${POSTGRES_PORT}\" -t 30").get(0);
        assertThat(w.host()).isEmpty();
        assertThat(w.products()).isEqualTo(Set.of("PostgreSQL"));
        assertThat(w.covers(List.of("redis"), "Redis")).isFalse();
        assertThat(sh("nc -z $SQL_HOST $SQL_PORT").get(0).covers(List.of("db"), "PostgreSQL")).isTrue();
    }

    @Test
    void commandsThatDoNotWait() {
        assertThat(sh("nc -l 8080; wait; ping db; sleep 5; mysqladmin status")).isEmpty();
    }

    @Test
    void privilegeDrops() {
        assertThat(CommandAnalyzer.analyzeShell(shell("exec gosu \"$PUID\" app"), ctx).privilegeDrop()).isPresent();
        assertThat(CommandAnalyzer.analyze(exec("su-exec", "app:app", "server"), ctx).privilegeDrop()).isPresent();
        assertThat(CommandAnalyzer.analyze(exec("setpriv", "--reuid=1000", "--regid=1000", "--init-groups", "srv"),
                ctx).privilegeDrop()).isPresent();
        assertThat(CommandAnalyzer.analyze(exec("chroot", "--userspec=app:app", "/", "srv"), ctx).privilegeDrop())
                .isPresent();
        assertThat(CommandAnalyzer.analyze(exec("s6-setuidgid", "app", "srv"), ctx).privilegeDrop()).isPresent();
        assertThat(CommandAnalyzer.analyze(exec("runuser", "-u", "app", "--", "srv"), ctx).privilegeDrop()).isPresent();
        assertThat(CommandAnalyzer.analyzeShell(shell("exec su app -c 'srv'"), ctx).privilegeDrop()).isPresent();
        assertThat(CommandAnalyzer.analyze(exec("uwsgi", "--http", ":8000", "--uid", "www-data"), ctx).privilegeDrop())
                .isPresent();
        assertThat(CommandAnalyzer.analyze(exec("gosu", "root", "srv"), ctx).privilegeDrop()).isEmpty();
        assertThat(CommandAnalyzer.analyze(exec("su", "app"), ctx).privilegeDrop()).isEmpty();
        assertThat(CommandAnalyzer.analyze(exec("uwsgi", "--http", ":8000"), ctx).privilegeDrop()).isEmpty();
    }
}
