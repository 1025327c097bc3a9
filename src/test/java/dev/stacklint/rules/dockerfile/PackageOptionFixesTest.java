package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Fix;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.stacklint.rules.dockerfile.FixTester.fixed;
import static dev.stacklint.rules.dockerfile.FixTester.noFix;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixes that add a package manager's option right after its subcommand (or, for zypper, its program). */
class PackageOptionFixesTest {

    @Nested
    class AptGetYesFix {
        private final AptGetYes rule = new AptGetYes();

        @Test
        void insertsRightAfterInstallKeepingContinuationsAndComments() {
            assertThat(fixed(rule, "FROM debian:12\n# deps\nRUN apt-get update \\\n"
                    + "    && apt-get install --no-install-recommends \\\n"
                    + "        curl \\\n    && rm -rf /var/lib/apt/lists/*\n"))
                    .isEqualTo("FROM debian:12\n# deps\nRUN apt-get update \\\n"
                            + "    && apt-get install -y --no-install-recommends \\\n"
                            + "        curl \\\n    && rm -rf /var/lib/apt/lists/*\n");
        }

        @Test
        void afterOptionsWithValuesInShDashCAndOnbuild() {
            assertThat(fixed(rule, "FROM debian:12\nRUN apt-get -o Dpkg::Use-Pty=0 install curl\n"
                    + "RUN sh -c 'apt-get install git'\nONBUILD RUN apt-get install vim\n"))
                    .isEqualTo("FROM debian:12\nRUN apt-get -o Dpkg::Use-Pty=0 install -y curl\n"
                            + "RUN sh -c 'apt-get install -y git'\nONBUILD RUN apt-get install -y vim\n");
        }

        @Test
        void crlfAndPackagesInAVariable() {
            assertThat(fixed(rule, "FROM debian:12\r\nRUN apt-get install $PACKAGES \\\r\n  git\r\n"))
                    .isEqualTo("FROM debian:12\r\nRUN apt-get install -y $PACKAGES \\\r\n  git\r\n");
        }

        @Test
        void noFixInHeredocsExecFormOrEscapedScripts() {
            noFix(rule, "FROM debian:12\nRUN <<EOF\napt-get install curl\nEOF\n");
            noFix(rule, "FROM debian:12\nRUN [\"apt-get\", \"install\", \"curl\"]\n");
            noFix(rule, "FROM debian:12\nRUN sh -c \"apt-get install \\\"curl\\\"\"\n");
        }
    }

    @Nested
    class NoInstallRecommendsFix {
        private final AptGetNoInstallRecommends rule = new AptGetNoInstallRecommends();

        @Test
        void unsafeBecauseARecommendedPackageMayBeNeeded() {
            assertThat(fixed(rule, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", Fix.Safety.UNSAFE))
                    .isEqualTo("FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n");
        }

        @Test
        void noFixInAHeredoc() {
            noFix(rule, "FROM debian:12\nRUN bash <<EOF\napt-get install -y curl\nEOF\n");
        }
    }

    @Nested
    class RpmYesFixes {
        @Test
        void yumAndDnfGetDashYAfterTheWholeAction() {
            assertThat(fixed(new YumYes(), "FROM centos:7\nRUN yum install httpd && yum clean all\n"))
                    .isEqualTo("FROM centos:7\nRUN yum install -y httpd && yum clean all\n");
            assertThat(fixed(new DnfYes(), "FROM fedora:40\nRUN dnf module install nodejs:20 \\\n && microdnf install x\n"))
                    .isEqualTo("FROM fedora:40\nRUN dnf module install -y nodejs:20 \\\n && microdnf install -y x\n");
        }

        @Test
        void zypperGetsTheGlobalDashNAfterTheProgram() {
            assertThat(fixed(new ZypperNonInteractive(), "FROM opensuse/leap:15\nRUN zypper install curl\n"))
                    .isEqualTo("FROM opensuse/leap:15\nRUN zypper -n install curl\n");
            assertThat(fixed(new ZypperNonInteractive(), "FROM opensuse/leap:15\nRUN /usr/bin/zypper --quiet rm x\n"))
                    .isEqualTo("FROM opensuse/leap:15\nRUN /usr/bin/zypper -n --quiet rm x\n");
        }

        @Test
        void noFixForAQuotedScriptWithEscapesOrAHeredoc() {
            noFix(new YumYes(), "FROM centos:7\nRUN bash -c \"yum install \\\"x\\\"\"\n");
            noFix(new ZypperNonInteractive(), "FROM opensuse/leap:15\nRUN <<EOF\nzypper in x\nEOF\n");
        }
    }

    @Nested
    class PipNoCacheDirFix {
        private final PipNoCacheDir rule = new PipNoCacheDir();

        @Test
        void eachInstallGetsTheOptionRightAfterInstall() {
            assertThat(fixed(rule, "FROM python:3.12\nRUN pip install --upgrade pip \\\n"
                    + "  && python3 -m pip install -r requirements.txt\n"))
                    .isEqualTo("FROM python:3.12\nRUN pip install --no-cache-dir --upgrade pip \\\n"
                            + "  && python3 -m pip install --no-cache-dir -r requirements.txt\n");
            assertThat(fixed(rule, "FROM python:3.12\nRUN pip3 --disable-pip-version-check install \"flask>=3\"\n"))
                    .isEqualTo("FROM python:3.12\nRUN pip3 --disable-pip-version-check install --no-cache-dir \"flask>=3\"\n");
        }

        @Test
        void noFixWhenInstallIsNotPipsFirstWordOrInAHeredoc() {
            noFix(rule, "FROM python:3.12\nRUN pip --log /tmp/log install flask\n");
            noFix(rule, "FROM python:3.12\nRUN <<EOF\npip install flask\nEOF\n");
            noFix(rule, "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask\"]\n");
        }
    }
}
