package dev.stacklint.compose;

import java.util.Optional;

/**
 * The short port syntax {@code [[HOST_IP:][PUBLISHED]:]TARGET[/PROTOCOL]}: {@code "8000"}, {@code "8000:5000"},
 * {@code "127.0.0.1:8000:5000/udp"}, {@code "8000-8010:5000-5010"}, {@code "[::1]:80:80"}, {@code "127.0.0.1::80"}.
 * Parsing gives index ranges into the string so each part keeps its own position.
 */
final class PortSyntax {

    /** The parts of one port string; absent parts are null. */
    record Parts(Part hostIp, Part published, Part target, Part protocol) {
    }

    private PortSyntax() {
    }

    /** The parts, or an explanation of what is wrong. */
    static Parts parse(String s) throws IllegalArgumentException {
        int end = s.length();
        Part protocol = null;
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            protocol = new Part(slash + 1, end);
            String p = s.substring(slash + 1);
            if (!p.equals("tcp") && !p.equals("udp") && !p.equals("sctp")) {
                throw new IllegalArgumentException("the protocol must be tcp, udp or sctp, not `" + p + "`");
            }
            end = slash;
        }
        Part hostIp = null;
        Part published = null;
        Part target;
        int start = 0;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || close + 1 >= end || s.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("write an IPv6 host address as `[::1]:HOST:CONTAINER`");
            }
            hostIp = new Part(1, close);
            start = close + 2;
            int colon = s.lastIndexOf(':', end - 1);
            if (colon < start) {
                throw new IllegalArgumentException("a host address needs a host port part: `IP:HOST:CONTAINER` or `IP::CONTAINER`");
            }
            published = new Part(start, colon);
            target = new Part(colon + 1, end);
        } else {
            int c2 = s.lastIndexOf(':', end - 1);
            if (c2 < 0) {
                target = new Part(0, end);
            } else {
                target = new Part(c2 + 1, end);
                int c1 = c2 == 0 ? -1 : s.lastIndexOf(':', c2 - 1);
                published = new Part(c1 + 1, c2);
                if (c1 >= 0) {
                    hostIp = new Part(0, c1);
                }
            }
        }
        Optional<PortRange> targetRange = PortRange.parse(text(s, target));
        if (targetRange.isEmpty() || targetRange.get().first() == 0) {
            throw new IllegalArgumentException("the container port `" + text(s, target)
                    + "` must be a number from 1 to 65535 or a range like 8000-8010");
        }
        if (published != null && published.from() == published.to()) {
            published = null;
        } else if (published != null) {
            Optional<PortRange> pub = PortRange.parse(text(s, published));
            if (pub.isEmpty()) {
                throw new IllegalArgumentException("the host port `" + text(s, published)
                        + "` must be a number from 0 to 65535 or a range like 8000-8010");
            }
            if (pub.get().size() > 1 && targetRange.get().size() > 1 && pub.get().size() != targetRange.get().size()) {
                throw new IllegalArgumentException("the host and container port ranges have different lengths");
            }
        }
        if (hostIp != null && !isIp(text(s, hostIp))) {
            throw new IllegalArgumentException("`" + text(s, hostIp) + "` is not an IP address");
        }
        return new Parts(hostIp, published, target, protocol);
    }

    static boolean isIp(String ip) {
        return ip.contains(":") ? isIpv6(ip) : isIpv4(ip);
    }

    private static boolean isIpv4(String ip) {
        String[] parts = ip.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String ip) {
        int compressed = ip.indexOf("::");
        if (compressed >= 0 && ip.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        String body = compressed >= 0 ? ip.substring(0, compressed) + ":" + ip.substring(compressed + 2) : ip;
        int groups = 0;
        for (String g : body.split(":", -1)) {
            if (g.isEmpty()) {
                continue;
            }
            if (g.contains(".")) {
                groups += isIpv4(g) ? 2 : 100;
            } else if (g.length() <= 4 && g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                groups++;
            } else {
                return false;
            }
        }
        return compressed >= 0 ? groups <= 7 : groups == 8 && !body.startsWith(":") && !body.endsWith(":");
    }

    private static String text(String s, Part p) {
        return s.substring(p.from(), p.to());
    }
}
