package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

/**
 * A setting that turns on a development server's debug mode (the interactive debugger runs code sent by anyone
 * who can reach the port).
 *
 * @param setting how it is written, for messages: {@code --debug}, {@code FLASK_DEBUG=1}, {@code debug=True}
 * @param origin  where
 */
public record Debug(String setting, Origin origin) {
}
