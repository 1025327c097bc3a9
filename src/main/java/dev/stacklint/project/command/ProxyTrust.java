package dev.stacklint.project.command;

/**
 * Whether an app server believes the {@code X-Forwarded-*} headers of a reverse proxy in another container: gunicorn
 * and uvicorn trust them only from 127.0.0.1 unless told otherwise ({@code --forwarded-allow-ips},
 * {@code FORWARDED_ALLOW_IPS}), and a Flask app sees the proxy's address unless it is wrapped in {@code ProxyFix}; a Django app sees http
 * unless its settings set {@code SECURE_PROXY_SSL_HEADER}.
 */
public enum ProxyTrust {
    /** Something makes the server or the app read the forwarded headers. */
    TRUSTS,
    /** Nothing does: the app sees the proxy's address and scheme. */
    NONE,
    /** Nothing does, and the app is Django, whose settings ({@code SECURE_PROXY_SSL_HEADER}) would. */
    DJANGO_NONE,
    /** The linter cannot tell (a config file it cannot read, another framework). */
    UNKNOWN
}
