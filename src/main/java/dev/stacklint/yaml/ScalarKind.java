package dev.stacklint.yaml;

/** The type YAML's core schema gives a scalar (a plain {@code 8080} is an INT, {@code "8080"} a STRING). */
public enum ScalarKind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
}
