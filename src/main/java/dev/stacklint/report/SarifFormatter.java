package dev.stacklint.report;

import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleDocs;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run whose driver describes every rule (with its doc as
 * help), and one result per finding located relative to {@code %SRCROOT%} (the repository root), with a
 * fingerprint that does not depend on the line number. A finding's related locations (the first of two duplicates)
 * are its {@code relatedLocations}.
 */
public final class SarifFormatter implements Formatter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    @Override
    public void write(Report report, PrintStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "stacklint");
        driver.put("version", report.version());
        driver.put("informationUri", Links.HOME);

        List<RuleMeta> rules = new ArrayList<>(report.rules().stream().map(Rule::meta).toList());
        report.findings().stream().map(Finding::rule).filter(r -> !rules.contains(r)).distinct().forEach(rules::add);
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleMeta rule : rules) {
            ruleIndex.put(rule.code(), ruleIndex.size());
            describe(rule, ruleNodes.addObject());
        }

        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(report));
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        List<String> fingerprints = Fingerprints.of(report);
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ObjectNode result = results.addObject();
            result.put("ruleId", f.rule().code());
            result.put("ruleIndex", ruleIndex.get(f.rule().code()));
            result.put("level", level(f.severity()));
            result.putObject("message").put("text", f.message());
            physicalLocation(report, f.file(), f.start(), f.end(),
                    result.putArray("locations").addObject().putObject("physicalLocation"));
            if (!f.related().isEmpty()) {
                ArrayNode related = result.putArray("relatedLocations");
                for (int r = 0; r < f.related().size(); r++) {
                    RelatedLocation at = f.related().get(r);
                    ObjectNode location = related.addObject();
                    location.put("id", r);
                    physicalLocation(report, at.file(), at.start(), at.end(), location.putObject("physicalLocation"));
                    location.putObject("message").put("text", at.message());
                }
            }
            result.putObject("partialFingerprints").put("stacklint/v1", fingerprints.get(i));
            if (f.fix() != null) {
                fix(f, result.putArray("fixes").addObject(), report);
            }
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void physicalLocation(Report report, SourceFile file, Position start, Position end,
                                         ObjectNode physical) {
        artifact(physical.putObject("artifactLocation"), report, file.path());
        ObjectNode region = physical.putObject("region");
        region.put("startLine", start.line());
        region.put("startColumn", start.column());
        region.put("endLine", end.line());
        region.put("endColumn", end.column());
    }

    private static void artifact(ObjectNode artifact, Report report, Path file) {
        Optional<String> relative = report.rootRelative(file);
        if (relative.isPresent()) {
            artifact.put("uri", relativeUri(relative.get()));
            artifact.put("uriBaseId", SRCROOT);
        } else {
            artifact.put("uri", file.toUri().toString());
        }
    }

    /** A SARIF fix: one artifact change (the finding's file, or the file it creates) with a replacement per edit. */
    private static void fix(Finding f, ObjectNode fix, Report report) {
        fix.putObject("description").put("text", f.fix().description());
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        artifact(change.putObject("artifactLocation"), report, FixEdits.file(f));
        ArrayNode replacements = change.putArray("replacements");
        for (Edit e : f.fix().edits()) {
            Position[] range = FixEdits.range(f, e);
            ObjectNode replacement = replacements.addObject();
            ObjectNode deleted = replacement.putObject("deletedRegion");
            deleted.put("startLine", range[0].line());
            deleted.put("startColumn", range[0].column());
            deleted.put("endLine", range[1].line());
            deleted.put("endColumn", range[1].column());
            replacement.putObject("insertedContent").put("text", e.replacement());
        }
        fix.putObject("properties").put("safety", f.fix().safety().label());
    }

    private static void describe(RuleMeta rule, ObjectNode node) {
        Optional<String> doc = RuleDocs.markdown(rule);
        node.put("id", rule.code());
        node.put("name", rule.name());
        node.putObject("shortDescription").put("text", rule.summary());
        node.putObject("fullDescription").put("text", doc.flatMap(RuleDocs::description).orElse(rule.summary()));
        ObjectNode help = node.putObject("help");
        help.put("text", doc.orElse(rule.summary()));
        doc.ifPresent(md -> help.put("markdown", md));
        node.put("helpUri", Links.ruleDoc(rule));
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        node.putObject("properties").putArray("tags").add(rule.target().label());
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
        };
    }

    private static String directoryUri(Report report) {
        String uri = report.root().toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A relative URI reference: segments percent-encoded, and never mistakable for a scheme. */
    private static String relativeUri(String path) {
        try {
            String encoded = new URI(null, null, path, null).getRawPath();
            int colon = encoded.indexOf(':');
            return colon >= 0 && (encoded.indexOf('/') < 0 || colon < encoded.indexOf('/')) ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a relative path is a valid URI path: " + path, e);
        }
    }
}
