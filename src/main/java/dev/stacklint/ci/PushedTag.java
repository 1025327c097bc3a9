package dev.stacklint.ci;

import dev.stacklint.source.Origin;

/**
 * An image tag a workflow pushes to a registry.
 *
 * @param name  the repository part as written ({@code ghcr.io/${{ github.repository }}}); empty when unknown
 * @param tag   the tag as written ({@code latest} when none is); empty when unknown
 * @param at    where the reference is written
 */
public record PushedTag(String name, String tag, Origin at) {

    /** A reference whose tag an expression or variable gives (or a digest): not known here. */
    public boolean known() {
        return !name.isEmpty() && !tag.isEmpty() && !Expressions.dynamic(tag);
    }

    public boolean latest() {
        return known() && tag.equals("latest");
    }

    /** {@code name[:tag][@digest]}: the tag after the last {@code /}; a digest or an unknown whole is unknown. */
    static PushedTag of(String reference, Origin at) {
        String r = reference.strip();
        if (r.isEmpty() || r.contains("@") || Expressions.wholly(r)) {
            return new PushedTag("", "", at);
        }
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        // `${{ x }}` holds no `/`; a colon inside an expression is not a tag separator
        if (colon > slash && !insideExpression(r, colon)) {
            return new PushedTag(r.substring(0, colon), r.substring(colon + 1), at);
        }
        return new PushedTag(r, "latest", at);
    }

    private static boolean insideExpression(String r, int at) {
        int open = r.lastIndexOf("${", at);
        return open >= 0 && r.indexOf('}', open) > at;
    }
}
